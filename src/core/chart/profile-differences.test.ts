import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readYaml } from '@/core/document/index.ts';
import { describe, expect, it } from 'vitest';
import { normaliseManifest } from '@/core/conformance/compare-manifests.ts';
import { renderChart } from './index.ts';
import { isRecord } from '@/core/shared/is-record.ts';

const root = fileURLToPath(
  new URL('../../../conformance/upstream/golden-readme/', import.meta.url),
);
const cases = readdirSync(root).filter((entry) => statSync(join(root, entry)).isDirectory());

/** Dotted paths where two normalised objects differ; maps are compared key by key, lists whole. */
function differingPaths(a: unknown, b: unknown, prefix = ''): string[] {
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) => differingPaths(a[key], b[key], prefix ? `${prefix}.${key}` : key));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [prefix];
}

describe('profile_1_differences of the golden-readme cases', () => {
  it.each(cases)('%s: the two profiles differ exactly where case.yaml says', (name) => {
    const caseData = readYaml(readFileSync(join(root, name, 'case.yaml'), 'utf8')) as Record<
      string,
      unknown
    >;
    const values: unknown = readYaml(readFileSync(join(root, name, 'values.yaml'), 'utf8')) ?? {};
    const release = (caseData.release as { name: string }).name;
    const render = (profile: 'asya-actor' | 'asya-test-actor'): unknown =>
      normaliseManifest(renderChart(values, { profile, releaseName: release }).asyncActor);
    const listed = ((caseData.profile_1_differences as string[] | null) ?? []).map((line) =>
      line.slice(0, line.indexOf(': ')),
    );
    expect(differingPaths(render('asya-actor'), render('asya-test-actor')).sort()).toEqual(
      listed.sort(),
    );
  });
});
