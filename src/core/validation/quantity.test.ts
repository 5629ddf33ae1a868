import { describe, expect, it } from 'vitest';
import { parseQuantity } from './quantity.ts';

describe('parseQuantity', () => {
  it.each([
    ['100m', 0.1],
    ['2', 2],
    [4, 4],
    ['1.5', 1.5],
    ['1Ki', 1024],
    ['256Mi', 256 * 2 ** 20],
    ['1Gi', 2 ** 30],
    ['1G', 1e9],
    ['5e3', 5000],
    ['.5', 0.5],
    ['+1k', 1000],
  ])('reads %s', (input, expected) => {
    expect(parseQuantity(input)).toBeCloseTo(expected);
  });

  it.each(['1GB', '1gi', 'one', '', ' 1', '1 Gi', '1.2.3', null, true, {}])(
    'refuses %s',
    (input) => {
      expect(parseQuantity(input)).toBeUndefined();
    },
  );
});
