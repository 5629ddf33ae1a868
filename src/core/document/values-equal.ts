import type { ValuesPath } from '../diagnostics/diagnostic.ts';

/** The value at a path in plain values, and whether the path exists at all. */
export function valueAtPath(values: unknown, path: ValuesPath): { found: boolean; value: unknown } {
  let current = values;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number' && segment < current.length) {
      current = current[segment] as unknown;
    } else if (
      typeof current === 'object' &&
      current !== null &&
      Object.hasOwn(current, String(segment))
    ) {
      current = (current as Record<string, unknown>)[String(segment)];
    } else {
      return { found: false, value: undefined };
    }
  }
  return { found: true, value: current };
}

/** Deep equality of plain values as YAML holds them: `undefined` reads back as null, NaN as NaN. */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (typeof a === 'number' && typeof b === 'number')
    return a === b || (Number.isNaN(a) && Number.isNaN(b));
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => valuesEqual(item, b[i]));
  }
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      valuesEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
