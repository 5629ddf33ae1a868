import { diffLines } from 'diff';

/** One line of a line diff, as a reviewer reads it. */
export interface DiffLine {
  kind: 'added' | 'removed' | 'same';
  text: string;
}

export interface TextDiff {
  lines: DiffLine[];
  added: number;
  removed: number;
}

/** Unchanged lines kept around each change; the rest fold away. */
const contextLines = 3;

/** A line diff of two texts (manifests before and after an edit), with distant unchanged lines folded. */
export function diffTexts(before: string, after: string): TextDiff {
  const lines: DiffLine[] = [];
  for (const change of diffLines(before, after)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    for (const text of change.value.replace(/\n$/, '').split('\n')) lines.push({ kind, text });
  }
  const near = lines.map(
    (line, i) =>
      line.kind !== 'same' ||
      lines
        .slice(Math.max(0, i - contextLines), i + contextLines + 1)
        .some((l) => l.kind !== 'same'),
  );
  const folded: DiffLine[] = [];
  lines.forEach((line, i) => {
    if (near[i]) folded.push(line);
    else if (near[i - 1] !== false || i === 0) folded.push({ kind: 'same', text: '⋯' });
  });
  return {
    lines: folded,
    added: lines.filter((l) => l.kind === 'added').length,
    removed: lines.filter((l) => l.kind === 'removed').length,
  };
}
