import { valuesEqual } from '@/core/document/values-equal.ts';

/** Returns the previous value while the next one is `equal` to it (by default, `valuesEqual`). */
export function keepWhileEqual<T>(
  equal: (previous: T, next: T) => boolean = valuesEqual,
): (next: T) => T {
  let last: { value: T } | undefined;
  return (next) => {
    if (last && equal(last.value, next)) return last.value;
    last = { value: next };
    return next;
  };
}

/**
 * A memo for a stream of inputs: derives again only for a new input, and returns the previous
 * result while the new one is `valuesEqual` to it, so consumers comparing by identity (React
 * memos, store selectors) see no change.
 */
export function keepWhileSame<T, R>(derive: (input: T) => R): (input: T) => R {
  const keep = keepWhileEqual<R>();
  let last: { input: T; result: R } | undefined;
  return (input) => {
    if (last && Object.is(last.input, input)) return last.result;
    const result = keep(derive(input));
    last = { input, result };
    return result;
  };
}
