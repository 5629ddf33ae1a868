import { describe, expect, it } from 'vitest';
import { columnEnvelope, envelopeStepPath } from './column-envelope.ts';

describe('columnEnvelope', () => {
  it('keeps first, last, min and max per column', () => {
    const env = columnEnvelope([0, 5, 1, 3, 3, 3, 9, 2], { columns: 2 });
    expect([env.first[0], env.min[0], env.max[0], env.last[0]]).toEqual([0, 0, 5, 3]);
    expect([env.first[1], env.min[1], env.max[1], env.last[1]]).toEqual([3, 2, 9, 2]);
    expect([env.yMin, env.yMax]).toEqual([0, 9]);
  });

  it('uses explicit x values and skips points outside the range', () => {
    const env = columnEnvelope([1, 2, 3], { x: [0, 50, 200], columns: 4, xMin: 0, xMax: 100 });
    expect(env.first[0]).toBe(1);
    expect(env.first[2]).toBe(2);
    expect(Number.isNaN(env.first[1] as number)).toBe(true);
    expect(env.yMax).toBe(2);
  });

  it('reduces a million points to the column count with the extremes intact', () => {
    const y = new Int32Array(1_000_000);
    for (let i = 0; i < y.length; i += 1) y[i] = Math.ceil(i / 5);
    y[123_457] = 999_999;
    const env = columnEnvelope(y, { columns: 600 });
    expect(env.first.length).toBe(600);
    expect(env.yMax).toBe(999_999);
    expect(Math.max(...env.max)).toBe(999_999);
  });

  it('handles an empty series', () => {
    const env = columnEnvelope([], { columns: 10 });
    expect([env.yMin, env.yMax]).toEqual([0, 0]);
    expect(
      envelopeStepPath(env, { left: 0, top: 0, width: 100, height: 10, yMin: 0, yMax: 1 }),
    ).toBe('');
  });
});

describe('envelopeStepPath', () => {
  const area = { left: 0, top: 0, width: 40, height: 100, yMin: 0, yMax: 10 };

  it('draws a staircase: holds values across columns and jumps vertically', () => {
    const env = columnEnvelope([0, 0, 5, 5], { columns: 4 });
    expect(envelopeStepPath(env, area)).toBe('M0 100H10H10H20H20V50H30H30H40');
  });

  it('draws the full extent of a busy column and ends at its last value', () => {
    const env = columnEnvelope([2, 10, 0, 4], { columns: 1 });
    expect(envelopeStepPath(env, area)).toBe('M0 80V100V0V60H40');
  });

  it('stays bounded for huge inputs', () => {
    const y = Float64Array.from({ length: 200_000 }, (_, i) => Math.sin(i / 100) * 10);
    const path = envelopeStepPath(columnEnvelope(y, { columns: 300 }), {
      ...area,
      yMin: -10,
      yMax: 10,
    });
    expect(path.split(/[MHV]/).length).toBeLessThan(300 * 6);
  });
});
