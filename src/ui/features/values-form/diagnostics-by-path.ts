import { formatValuesPath, type Diagnostic } from '@/core/diagnostics/index.ts';

const cache = new WeakMap<readonly Diagnostic[], Map<string, Diagnostic[]>>();

/**
 * Problems grouped by dotted path, computed once per diagnostics list, so every field's
 * selector returns the same array until the problems really change.
 */
export function diagnosticsByPath(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  let byPath = cache.get(diagnostics);
  if (!byPath) {
    byPath = new Map();
    for (const d of diagnostics) {
      const key = formatValuesPath(d.path);
      byPath.set(key, [...(byPath.get(key) ?? []), d]);
    }
    cache.set(diagnostics, byPath);
  }
  return byPath;
}
