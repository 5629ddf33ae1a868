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
});
