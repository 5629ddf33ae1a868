import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node } from 'yaml';
import type { LayoutStyle } from './render-yaml.ts';

/**
 * Reads the document's own indentation: the first nested map gives the indent width, and most
 * block lists under a key decide whether new lists are indented. A document without lists gets
 * the README's dominant style for `containers:` (items level with the key).
 */
export function detectLayoutStyle(doc: Document, lineCounter: LineCounter): LayoutStyle {
  let indent = 0;
  let indented = 0;
  let level = 0;
  const column = (offset: number) => lineCounter.linePos(offset).col - 1;
  const walk = (node: Node | null, depth: number): void => {
    if (depth > 64 || node === null || isScalar(node)) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        const keyStart = key?.range?.[0];
        const valueStart = value?.range?.[0];
        if (
          keyStart !== undefined &&
          valueStart !== undefined &&
          (isMap(value) || isSeq(value)) &&
          !value.flow
        ) {
          const step = column(valueStart) - column(keyStart);
          if (isMap(value) && indent === 0 && step > 0) indent = step;
          if (isSeq(value)) {
            if (step > 0) indented++;
            else level++;
          }
        }
        walk(value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item as Node | null, depth + 1);
    }
  };
  walk(doc.contents, 0);
  return { indent: indent || 2, indentSequences: indented > level };
}
