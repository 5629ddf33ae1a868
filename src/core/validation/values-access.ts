import type { ValuesPath } from '../diagnostics/diagnostic.ts';
import { isRecord } from '@/core/shared/is-record.ts';

export type PlainMap = Record<string, unknown>;

export function asMap(value: unknown): PlainMap | undefined {
  return isRecord(value) ? value : undefined;
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The value at a path of plain values, undefined when any step is missing. */
export function valueAt(values: unknown, path: ValuesPath): unknown {
  let current = values;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number')
      current = current[segment] as unknown;
    else {
      const map = asMap(current);
      if (map === undefined || !Object.hasOwn(map, String(segment))) return undefined;
      current = map[String(segment)];
    }
  }
  return current;
}

/** Whether the value is set: Helm treats a null like a missing key. */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}
