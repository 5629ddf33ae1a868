import type { ChartProfileId } from '@/core/chart/index.ts';
import { goString } from '@/core/chart/go-values.ts';
import { isRecord } from '@/core/shared/is-record.ts';
import type { ValuesPath } from '@/core/diagnostics/index.ts';
import { mergeValuesFiles } from './merge-values-files.ts';
import { otherChart, releaseNotAMap, valuesFileNotAvailable } from './release-problems.ts';
import { splitChartValues, type SplitChart } from './split-chart-values.ts';

/** The README's helmfile points at `./testing/e2e/charts/asya-test-actor`; any other chart is the shipped one. */
function profileOfChart(chart: string): ChartProfileId {
  return /(^|\/)asya-test-actor\/?$/.test(chart) ? 'asya-test-actor' : 'asya-actor';
}

/** A release's inline values maps merged in order; file names are reported, not guessed. */
function releaseValues(release: Record<string, unknown>, path: ValuesPath, out: SplitChart) {
  let values: Record<string, unknown> = {};
  let base: ValuesPath = [...path, 'values'];
  const lastMapOf: Record<string, ValuesPath> = {};
  const entries: unknown[] = Array.isArray(release.values) ? release.values : [];
  entries.forEach((entry, index) => {
    const entryPath = [...path, 'values', index];
    if (typeof entry === 'string') out.diagnostics.push(valuesFileNotAvailable(entryPath, entry));
    if (!isRecord(entry)) return;
    for (const key of Object.keys(entry)) lastMapOf[key] = entryPath;
    values = mergeValuesFiles(values, entry);
    base = entryPath;
  });
  // Keys of the last inline map sit under `base`; only keys last set by an earlier map need a pointer.
  const keyOrigins: Record<string, ValuesPath> = {};
  for (const [key, mapPath] of Object.entries(lastMapOf))
    if (mapPath !== base) keyOrigins[key] = [...mapPath, key];
  return { values, base, keyOrigins };
}

/** One actor per release (or per `actors:` item of a shipped-chart release), in document order. */
export function splitHelmfile(releases: readonly unknown[]): SplitChart {
  const out: SplitChart = { actors: [], diagnostics: [] };
  releases.forEach((release: unknown, index) => {
    const path: ValuesPath = ['releases', index];
    if (!isRecord(release)) {
      out.diagnostics.push(releaseNotAMap(path));
      return;
    }
    const chart = goString(release.chart);
    const profile = profileOfChart(chart);
    if (profile === 'asya-actor') out.diagnostics.push(otherChart([...path, 'chart'], chart));
    const { values, base, keyOrigins } = releaseValues(release, path, out);
    const split = splitChartValues(values, {
      profile,
      base,
      keyOrigins,
      ...(typeof release.name === 'string' ? { releaseName: release.name } : {}),
      ...(typeof release.namespace === 'string' ? { releaseNamespace: release.namespace } : {}),
    });
    out.actors.push(...split.actors);
    out.diagnostics.push(...split.diagnostics);
  });
  return out;
}
