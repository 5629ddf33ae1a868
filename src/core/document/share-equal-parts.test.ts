import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareEqualParts } from './share-equal-parts.ts';

describe('shareEqualParts', () => {
  it('keeps the unchanged parts of the previous values and takes the changed ones', () => {
    const env = Array.from({ length: 3 }, (_, i) => ({ name: `V${i}`, value: `${i}` }));
    const previous = {
      name: 'a',
      workload: { containers: [{ image: 'x', env }] },
      labels: { team: 't' },
    };
    const next = structuredClone({ ...previous, workload: { containers: [{ image: 'y', env }] } });
    const shared = shareEqualParts(previous, next);
    expect(shared).toEqual(next);
    expect(shared).not.toBe(previous);
    expect(shared.labels).toBe(previous.labels);
    expect(shared.workload.containers[0]?.env).toBe(env);
    expect(shared.workload.containers[0]).not.toBe(previous.workload.containers[0]);
    expect(shareEqualParts(previous, structuredClone(previous))).toBe(previous);
  });

  it('treats key order as part of the value, keeps __proto__ as data and modifies nothing', () => {
    expect(shareEqualParts({ a: 1, b: 2 }, { b: 2, a: 1 })).toEqual({ b: 2, a: 1 });
    expect(Object.keys(shareEqualParts({ a: 1, b: 2 }, { b: 2, a: 1 }))).toEqual(['b', 'a']);
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}') as Record<
      string,
      unknown
    >;
    const shared = shareEqualParts({ x: 2 }, hostile);
    expect(Object.hasOwn(shared, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(shared)).toBe(Object.prototype);
  });

  it('always gives a value equal to the next one, without changing either input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const before = [structuredClone(a), structuredClone(b)];
        expect(shareEqualParts(a, b)).toStrictEqual(b);
        expect([a, b]).toStrictEqual(before);
      }),
      { numRuns: 500 },
    );
  });
});
