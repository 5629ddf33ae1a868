import type { TextChange } from './text-change.ts';

/** Deeper than any values file; beyond it the text is refused before the yaml library sees it. */
export const MAX_NESTING_DEPTH = 1000;

/**
 * A fast upper estimate of how deeply a YAML text nests: open flow brackets, and `- ` items
 * started on one line. The yaml library composes nested nodes recursively, so thousands of levels
 * cost it seconds and large amounts of memory; no values file comes near that.
 */
export function nestingDepth(text: string): number {
  let flow = 0;
  let deepest = 0;
  let dashes = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x5b || char === 0x7b) {
      flow++;
      if (flow > deepest) deepest = flow;
    } else if ((char === 0x5d || char === 0x7d) && flow > 0) {
      flow--;
    }
    if (char === 0x0a) {
      lineStart = true;
      dashes = 0;
    } else if (
      lineStart &&
      char === 0x2d &&
      (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)
    ) {
      dashes++;
      if (dashes > deepest) deepest = dashes;
    } else if (lineStart && char !== 0x20 && char !== 0x09 && char !== 0x2d) {
      lineStart = false;
    }
  }
  return deepest;
}

/**
 * Whether `nestingDepth` gives the same for both texts of a change on one line: no bracket is
 * added or removed, and the change starts after the line's leading dashes and spaces end (only
 * there do other characters count).
 */
export function keepsNestingDepth(before: string, after: string, change: TextChange): boolean {
  const lineStart = before.lastIndexOf('\n', change.start - 1) + 1;
  const brackets = /[[\]{}]/;
  return (
    /[^ \t-]/.test(before.slice(lineStart, change.start)) &&
    !brackets.test(before.slice(change.start, change.oldEnd)) &&
    !brackets.test(after.slice(change.start, change.newEnd))
  );
}
