import { describe, expect, it } from 'vitest';
import { actorModel } from '@/core/autoscaling/actor-fixture.ts';
import { keepWhileEqual, keepWhileSame } from './keep-while-equal.ts';

describe('keepWhileSame', () => {
  it('returns the previous result while the new one is equal, a new one when it differs', () => {
    // The lab's use: a keystroke outside scaling leaves the same model object.
    const keep = keepWhileSame((values: Record<string, unknown>) => actorModel(values));
    const first = keep({ name: 'a', image: 'a', scaling: { maxReplicas: 3 } });
    expect(keep({ name: 'a', image: 'ab', scaling: { maxReplicas: 3 } })).toBe(first);
    const changed = keep({ name: 'a', image: 'ab', scaling: { maxReplicas: 30 } });
    expect(changed).not.toBe(first);
    expect(changed.maxReplicas).toBe(30);
  });

  it('does not derive again for the same input', () => {
    let calls = 0;
    const keep = keepWhileSame((n: number) => {
      calls += 1;
      return [n];
    });
    const input = 4;
    expect(keep(input)).toBe(keep(input));
    expect(calls).toBe(1);
  });
});

describe('keepWhileEqual', () => {
  it('keeps the previous value while the comparison holds', () => {
    const keep = keepWhileEqual((a: number[], b: number[]) => a.length === b.length);
    const first = keep([1]);
    expect(keep([2])).toBe(first);
    const longer = [1, 2];
    expect(keep(longer)).toBe(longer);
    expect(keep([3, 4])).toBe(longer);
  });
});
