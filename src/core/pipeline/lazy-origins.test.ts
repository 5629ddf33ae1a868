import { describe, expect, it } from 'vitest';
import { emptyResult } from './later-stages.ts';
import { addOrigins } from './lazy-origins.ts';
import type { FieldOrigin } from './pipeline-result.ts';

const origin = (name: string): FieldOrigin => ({
  stage: 'chart',
  objectIndex: 0,
  objectPath: ['metadata', name],
  valuesPath: [name],
});

describe('addOrigins', () => {
  it('works the origins out on first read, once, in the order they were added', () => {
    const result = emptyResult({ profile: 'asya-test-actor' }, 'release');
    result.origins.push(origin('first'));
    let computed = 0;
    addOrigins(result, () => {
      computed++;
      return [origin('second')];
    });
    addOrigins(result, () => {
      computed++;
      return [origin('third')];
    });
    expect(computed).toBe(0);
    const firstRead = result.origins;
    expect(firstRead.map((o) => o.valuesPath[0])).toEqual(['first', 'second', 'third']);
    // A second read returns the same list: nothing is worked out again.
    expect(result.origins).toBe(firstRead);
    expect(computed).toBe(2);
    addOrigins(result, () => [origin('fourth')]);
    expect(result.origins.map((o) => o.valuesPath[0])).toEqual([
      'first',
      'second',
      'third',
      'fourth',
    ]);
    expect((JSON.parse(JSON.stringify(result)) as { origins: unknown[] }).origins).toHaveLength(4);
  });
});
