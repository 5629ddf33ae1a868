import { describe, expect, it } from 'vitest';
import { parseValuesText } from './parse-values-text.ts';

function labelsText(count: number, extra = ''): string {
  return ['labels:', ...Array.from({ length: count }, (_, i) => `  key-${i}: v${i}`), extra].join(
    '\n',
  );
}

describe('locate in large maps', () => {
  it('finds the last of duplicate keys, as Helm reads it', () => {
    const parsed = parseValuesText(labelsText(200, '  key-5: again'));
    expect(parsed.locate(['labels', 'key-5'])?.line).toBe(202);
    expect(parsed.locate(['labels', 'key-199'])?.line).toBe(201);
    expect(parsed.locate(['labels', 'missing'])?.line).toBe(1);
  });

  // A 5 MB file can hold 80,000 labels with one problem each: scanning the map per problem was
  // quadratic (70 s). This is a hang guard, not a timing test.
  it(
    'locates one path per key of a 20,000-key map without scanning the map each time',
    { timeout: 20_000 },
    () => {
      const parsed = parseValuesText(labelsText(20_000));
      for (let i = 0; i < 20_000; i++)
        expect(parsed.locate(['labels', `key-${i}`])?.line).toBe(i + 2);
    },
  );
});
