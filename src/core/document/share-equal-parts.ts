import { defineKey, isPlainObject } from './plain-objects.ts';

/**
 * `next`, with every part that equals the same part of `previous` (same keys in the same order,
 * same scalars) replaced by that part of `previous`. The result equals `next`; what a keystroke
 * did not change keeps its identity, so views of it (a list of 1,000 env vars) need not update.
 * Neither input is modified.
 */
export function shareEqualParts<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return next;
  if (Array.isArray(previous) && Array.isArray(next)) {
    const items = next.map((item: unknown, i) => shareEqualParts(previous[i], item));
    const same = items.length === previous.length && items.every((item, i) => item === previous[i]);
    return (same ? previous : items) as T;
  }
  if (isPlainObject(previous) && isPlainObject(next)) {
    const keys = Object.keys(next);
    const previousKeys = Object.keys(previous);
    const shared: Record<string, unknown> = {};
    let same = keys.length === previousKeys.length;
    keys.forEach((key, i) => {
      const value = shareEqualParts(
        Object.hasOwn(previous, key) ? previous[key] : undefined,
        next[key],
      );
      defineKey(shared, key, value);
      if (previousKeys[i] !== key || value !== previous[key]) same = false;
    });
    return (same ? previous : shared) as T;
  }
  return next;
}
