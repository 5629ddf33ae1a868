import { valuesEqual } from '@/core/document/values-equal.ts';

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The part of the values the lab's results depend on: `scalingModelFromValues` and the formula
 * verdicts (`checkFormula`) read only `scaling` and `transport`. Keying the lab's work on this
 * part, not on the whole values, lets a keystroke in an unrelated field (an image, an env var)
 * leave the model, the sweep and the charts as they are. Keys are kept only when present, since
 * a missing `scaling` block reads differently from an empty one.
 */
export function scalingInputs(values: unknown): unknown {
  if (!isMap(values)) return values;
  const inputs: Record<string, unknown> = {};
  if ('scaling' in values) inputs.scaling = values.scaling;
  if ('transport' in values) inputs.transport = values.transport;
  return inputs;
}

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
