import { isRecord } from '@/core/shared/is-record.ts';

/**
 * Several values files of one release, later ones winning: maps merge key by key, everything else
 * replaces (helm/helm:pkg/cli/values/options.go `mergeMaps`, which helmfile's `-f` list feeds).
 */
export function mergeValuesFiles(
  base: Record<string, unknown>,
  next: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(next)) {
    const current = out[key];
    out[key] = isRecord(value) && isRecord(current) ? mergeValuesFiles(current, value) : value;
  }
  return out;
}
