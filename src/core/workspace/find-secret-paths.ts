import type { ValuesPath } from '@/core/diagnostics/index.ts';
import { isEnvListKey, isSecretEnvName, isSecretKey } from './secret-names.ts';
import { isRecord } from '@/core/shared/is-record.ts';

type Path = (string | number)[];

function isFilled(value: unknown): boolean {
  return (
    value instanceof Uint8Array ||
    (typeof value === 'string' && value !== '') ||
    typeof value === 'number' ||
    typeof value === 'bigint'
  );
}

function walk(node: unknown, path: Path, parentKey: string | undefined, found: ValuesPath[]): void {
  if (Array.isArray(node)) {
    const envList = parentKey !== undefined && isEnvListKey(parentKey);
    node.forEach((item: unknown, index) => {
      if (
        envList &&
        isRecord(item) &&
        typeof item.name === 'string' &&
        isSecretEnvName(item.name) &&
        isFilled(item.value)
      ) {
        found.push([...path, index, 'value']);
      }
      walk(item, [...path, index], undefined, found);
    });
    return;
  }
  if (!isRecord(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (isSecretKey(key) && isFilled(value)) found.push([...path, key]);
    else walk(value, [...path, key], key, found);
  }
}

/**
 * Paths of filled-in secret values in parsed YAML: scalars under secret-looking keys, and the
 * `value` of environment entries whose name looks secret. Booleans and empty strings are no secret.
 */
export function findSecretPaths(values: unknown): ValuesPath[] {
  const found: ValuesPath[] = [];
  walk(values, [], undefined, found);
  return found;
}
