import { defineKey } from '@/core/document/plain-objects.ts';
import { isRecord } from '@/core/shared/is-record.ts';

const maxDepth = 200;
const cycleOrTooDeep = () => new Error('values contain a cycle or are nested too deeply');

/** Copies plain YAML data, failing on cycles (a self-referencing anchor) and absurd depth. */
export function clonePlain(value: unknown, depth = 0, seen: Set<object> = new Set()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > maxDepth || seen.has(value)) throw cycleOrTooDeep();
  seen.add(value);
  const copy = Array.isArray(value)
    ? value.map((item) => clonePlain(item, depth + 1, seen))
    : Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, clonePlain(v, depth + 1, seen)]),
      );
  seen.delete(value);
  return copy;
}

/** Fails where `clonePlain` fails, and returns the value itself: for values that are only read. */
export function checkPlain(value: unknown, depth = 0, seen: Set<object> = new Set()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > maxDepth || seen.has(value)) throw cycleOrTooDeep();
  seen.add(value);
  for (const item of Array.isArray(value) ? value : Object.values(value))
    checkPlain(item, depth + 1, seen);
  seen.delete(value);
  return value;
}

/**
 * Helm's CoalesceValues (readme-profile.md §2.2): maps merge key by key, the user side wins,
 * scalars and lists replace, and a user null deletes a chart default. Every value taken whole is
 * a `copy` of it: a clone by default, the value itself (`checkPlain`) where the result is only read.
 */
export function coalesceValues(
  user: Record<string, unknown>,
  defaults: Record<string, unknown>,
  copy: (value: unknown) => unknown = clonePlain,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(defaults)) {
    if (!Object.hasOwn(user, key)) defineKey(result, key, copy(fallback));
  }
  for (const [key, value] of Object.entries(user)) {
    const fallback = Object.hasOwn(defaults, key) ? defaults[key] : undefined;
    if (value === null) {
      // C5: a null removes a non-null default; otherwise the null itself is kept (C7, newer Helm).
      if (fallback === null || fallback === undefined) defineKey(result, key, null);
      continue;
    }
    // defineKey: a `__proto__` key is data to Helm, never this object's prototype.
    defineKey(
      result,
      key,
      isRecord(value) && isRecord(fallback) ? coalesceValues(value, fallback, copy) : copy(value),
    );
  }
  return result;
}
