import { describe, expect, it } from 'vitest';
import { diffTexts } from './diff-texts.ts';

describe('diffTexts', () => {
  it('reports no change for equal texts', () => {
    expect(diffTexts('a\nb\n', 'a\nb\n')).toMatchObject({ added: 0, removed: 0 });
  });

  it('shows a changed line with its context and folds the far lines', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line${i}`).join('\n');
    const after = before.replace('line10', 'line10 changed');
    const diff = diffTexts(before, after);
    expect(diff).toMatchObject({ added: 1, removed: 1 });
    expect(diff.lines.filter((l) => l.kind !== 'same').map((l) => `${l.kind} ${l.text}`)).toEqual([
      'removed line10',
      'added line10 changed',
    ]);
    expect(diff.lines[0]).toEqual({ kind: 'same', text: '⋯' });
    expect(diff.lines.some((l) => l.text === 'line7')).toBe(true);
    expect(diff.lines.some((l) => l.text === 'line2')).toBe(false);
  });
});
