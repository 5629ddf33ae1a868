import { createTwoFilesPatch } from 'diff';
import { printManifestYaml } from '@/core/document/index.ts';
import { isRecord } from '@/core/shared/is-record.ts';

/** The golden normalisation: null keys dropped, an empty `resources` map dropped, keys sorted. */
export function normaliseManifest(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normaliseManifest);
  if (!isRecord(value)) return value;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const entry = value[key];
    if (entry === null || entry === undefined) continue;
    if (key === 'resources' && isRecord(entry) && Object.keys(entry).length === 0) continue;
    result[key] = normaliseManifest(entry);
  }
  return result;
}

function isWildcard(value: unknown): boolean {
  return typeof value === 'string' && (value.startsWith('<cluster:') || value.startsWith('<file:'));
}

/** The actual value with every spot the expected side marks as a wildcard replaced by that wildcard. */
function adoptWildcards(expected: unknown, actual: unknown): unknown {
  if (isWildcard(expected) && actual !== undefined) return expected;
  if (Array.isArray(expected) && Array.isArray(actual))
    return actual.map((item, i) => adoptWildcards(expected[i], item));
  if (isRecord(expected) && isRecord(actual)) {
    return Object.fromEntries(
      Object.entries(actual).map(([key, item]) => [key, adoptWildcards(expected[key], item)]),
    );
  }
  return actual;
}

function canonicalText(value: unknown): string {
  return printManifestYaml(value);
}

/** Compares two lists of documents after normalisation; returns a unified diff, or undefined when equal. */
export function diffManifests(
  label: string,
  expected: readonly unknown[],
  actual: readonly unknown[],
): string | undefined {
  const want = expected.map(normaliseManifest);
  const got = actual.map((doc, i) => adoptWildcards(want[i], normaliseManifest(doc)));
  const wantText = want.map(canonicalText).join('---\n');
  const gotText = got.map(canonicalText).join('---\n');
  if (wantText === gotText) return undefined;
  return createTwoFilesPatch(
    `expected/${label}`,
    `actual/${label}`,
    wantText,
    gotText,
    undefined,
    undefined,
    { context: 3 },
  );
}
