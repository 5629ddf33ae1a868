import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chartProfileIds } from '@/core/chart/index.ts';
import { upstreamRefs } from '@/core/diagnostics/index.ts';
import { parseValuesText } from '@/core/document/index.ts';
import { readmeExamples } from '@/core/examples/index.ts';
import { validateKubernetesObjects } from '@/core/kubernetes-schema/index.ts';
import { operatorPresets, parseOperatorSettings } from '@/core/operator-settings/index.ts';
import { runPipeline } from '@/core/pipeline/index.ts';
import { releaseProblems, runRelease } from '@/core/release/index.ts';
import { multiActorExamples } from '@/core/examples/multi-actor-examples.ts';
import { valueProblems } from './analyze-studio.ts';

const upstream = fileURLToPath(new URL('../../../conformance/upstream/', import.meta.url));

/** values.yaml of every golden case, both formats. */
function goldenValues(): string[] {
  return ['golden', 'golden-readme'].flatMap((set) =>
    readdirSync(join(upstream, set))
      .filter((entry) => statSync(join(upstream, set, entry)).isDirectory())
      .map((entry) => readFileSync(join(upstream, set, entry, 'values.yaml'), 'utf8')),
  );
}

/** Every source a user can see for these values: problems of every stage and the preview's notes. */
function shownSources(text: string): Map<string, string> {
  const sources = new Map<string, string>();
  const parsed = parseValuesText(text);
  for (const preset of operatorPresets) {
    const settings = parseOperatorSettings(preset.text);
    for (const d of settings.diagnostics) if (d.source) sources.set(d.source, d.ruleId);
    for (const profile of chartProfileIds) {
      const pipeline = runPipeline(parsed.values, {
        profile,
        ...(settings.settings ? { operatorSettings: settings.settings } : {}),
      });
      for (const d of [
        ...parsed.diagnostics,
        ...valueProblems(parsed, profile, pipeline),
        ...validateKubernetesObjects(pipeline.operator.objects),
      ])
        if (d.source) sources.set(d.source, d.ruleId);
      for (const note of pipeline.notes) sources.set(note.source, `note: ${note.text}`);
      const release = runRelease(parsed.values, {
        profile,
        ...(settings.settings ? { operatorSettings: settings.settings } : {}),
      });
      for (const d of releaseProblems(parsed, release))
        if (d.source) sources.set(d.source, d.ruleId);
    }
  }
  return sources;
}

describe('every source shown to a user', () => {
  it('is a link to an upstream file at its pinned commit or tag', () => {
    const all = new Map<string, string>();
    const texts = [
      ...readmeExamples.map((example) => example.text),
      ...multiActorExamples.map((example) => example.text),
      ...goldenValues(),
    ];
    for (const text of texts)
      for (const [source, shownBy] of shownSources(text)) all.set(source, shownBy);
    const pinned = Object.values(upstreamRefs).map(
      ({ repo, ref }) => `https://github.com/${repo}/blob/${ref}/`,
    );
    const notLinks = [...all].filter(([source]) => !pinned.some((p) => source.startsWith(p)));
    expect(notLinks).toEqual([]);
    // The walk reaches the chart, CRD, operator, settings and Kubernetes schema sources.
    expect(all.size).toBeGreaterThan(12);
  });
});
