import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepsNestingDepth, nestingDepth } from './nesting-depth.ts';
import { textChange } from './text-change.ts';

describe('keepsNestingDepth', () => {
  it('holds only where the estimate really stays the same (property)', () => {
    const piece = fc.constantFrom('a', ' ', '-', '- ', '[', ']', '{', '}', ':', '\t', '\n', '\r');
    const text = fc.array(piece, { maxLength: 80 }).map((p) => p.join(''));
    let kept = 0;
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(3), text, (before, at, removed, typed) => {
        const start = at % (before.length + 1);
        const inserted = typed.replace(/\n/g, '');
        const after = before.slice(0, start) + inserted + before.slice(start + removed);
        const change = textChange(before, after);
        if (/\n/.test(before.slice(change.start, change.oldEnd))) return;
        if (!keepsNestingDepth(before, after, change)) return;
        kept++;
        expect(nestingDepth(after)).toBe(nestingDepth(before));
      }),
      { numRuns: 2000 },
    );
    expect(kept).toBeGreaterThan(100);
  });

  it('lets typing in a value keep the depth, but not typing among the dashes that start a line', () => {
    const before = 'a:\n- - x: [1]\n';
    const keeps = (after: string) => keepsNestingDepth(before, after, textChange(before, after));
    expect(keeps('a:\n- - x: [1]y\n')).toBe(true);
    expect(keeps('a:\n- - x: [1]]\n')).toBe(false);
    expect(keeps('a:\n- -  x: [1]\n')).toBe(false);
  });
});
