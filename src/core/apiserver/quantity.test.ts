import { describe, expect, it } from 'vitest';
import { canonicalQuantity } from './quantity.ts';

describe('canonicalQuantity (resource.Quantity canonical form)', () => {
  it.each([
    ['1000m', '1'],
    ['4000m', '4'],
    ['250m', '250m'],
    ['1.5', '1500m'],
    [1, '1'],
    [0.5, '500m'],
    ['1Gi', '1Gi'],
    ['2048Mi', '2Gi'],
    ['1536Mi', '1536Mi'],
    ['0.5Gi', '512Mi'],
    ['1000000', '1M'],
    ['100Gi', '100Gi'],
    ['0', '0'],
    ['1e3', '1e3'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalQuantity(input)).toBe(expected);
  });

  it('leaves what is not a quantity alone', () => {
    expect(canonicalQuantity('abc')).toBeUndefined();
    expect(canonicalQuantity(true)).toBeUndefined();
  });
});
