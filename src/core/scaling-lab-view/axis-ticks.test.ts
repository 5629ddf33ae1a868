import { describe, expect, it } from 'vitest';
import { formatDuration, formatTick, niceTicks } from './axis-ticks.ts';

describe('niceTicks', () => {
  it('picks round steps', () => {
    expect(niceTicks(0, 1000, 5)).toEqual([0, 500, 1000]);
    expect(niceTicks(0, 50, 6)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(0, 1, 3)).toEqual([0, 0.5, 1]);
  });

  it('keeps integer axes integer', () => {
    expect(niceTicks(0, 3, 10, true)).toEqual([0, 1, 2, 3]);
  });

  it('handles a flat or broken range', () => {
    expect(niceTicks(4, 4)).toEqual([4]);
    expect(niceTicks(Number.NaN, 1)).toEqual([]);
  });
});

describe('formatTick and formatDuration', () => {
  it('shortens large numbers', () => {
    expect([formatTick(500), formatTick(15_000), formatTick(2_000_000), formatTick(0.25)]).toEqual([
      '500',
      '15k',
      '2M',
      '0.25',
    ]);
  });

  it('reads like a person says it', () => {
    expect([
      formatDuration(45),
      formatDuration(195),
      formatDuration(600),
      formatDuration(7260),
      formatDuration(7200),
    ]).toEqual(['45 s', '3 min 15 s', '10 min', '2 h 1 min', '2 h']);
  });
});
