import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textChange } from './text-change.ts';

describe('textChange', () => {
  it('finds the differing middle of two texts', () => {
    expect(textChange('name: echo\n', 'name: echo2\n')).toEqual({
      start: 10,
      oldEnd: 10,
      newEnd: 11,
    });
    expect(textChange('abcd', 'ad')).toEqual({ start: 1, oldEnd: 3, newEnd: 1 });
    expect(textChange('same', 'same')).toEqual({ start: 4, oldEnd: 4, newEnd: 4 });
    // A repeated letter: the change is placed after the common start, never overlapping it.
    expect(textChange('aa', 'aaa')).toEqual({ start: 2, oldEnd: 2, newEnd: 3 });
  });

  it('keeps the longest common start, then the longest common end, in texts of any size (property)', () => {
    // Long texts of few letters: the compared chunks meet changes at every position.
    const text = fc
      .array(fc.constantFrom('a', 'b', '\n'), { maxLength: 3000 })
      .map((c) => c.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), text, (before, at, removed, inserted) => {
        const start = at % (before.length + 1);
        const after =
          before.slice(0, start) + inserted.slice(0, 700) + before.slice(start + (removed % 700));
        const { start: s, oldEnd, newEnd } = textChange(before, after);
        expect(before.slice(0, s)).toBe(after.slice(0, s));
        expect(before.slice(oldEnd)).toBe(after.slice(newEnd));
        expect(oldEnd).toBeGreaterThanOrEqual(s);
        expect(newEnd).toBeGreaterThanOrEqual(s);
        // Neither part can grow: the next character differs, or a text ends there.
        if (s < Math.min(before.length, after.length)) expect(before[s]).not.toBe(after[s]);
        if (oldEnd > s && newEnd > s) expect(before[oldEnd - 1]).not.toBe(after[newEnd - 1]);
      }),
      { numRuns: 300 },
    );
  });
});
