import type { ChartProfileId } from '@/core/chart/chart-profile.ts';
import type { PipelineResult } from '@/core/pipeline/index.ts';

/** Where each profile's chart lives, as its README and the Asya repository name it. */
export const chartLocation: Record<ChartProfileId, string> = {
  'asya-test-actor': './testing/e2e/charts/asya-test-actor',
  'asya-actor': './deploy/helm-charts/asya-actor',
};

const shellQuote = (word: string) =>
  /^[\w./:=@-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;

/** The `helm install` that applies the exported values, with the release the preview assumed. */
export function helmInstallCommand(pipeline: PipelineResult): string {
  const words = [
    'helm',
    'install',
    pipeline.releaseName || 'my-actor',
    chartLocation[pipeline.profile],
    '-f',
    'values.yaml',
  ];
  if (pipeline.releaseNamespace !== 'default') words.push('-n', pipeline.releaseNamespace);
  return words.map(shellQuote).join(' ');
}

/** A helmfile `releases` entry for the same release, reading the exported values file. */
export function helmfileRelease(pipeline: PipelineResult): string {
  return [
    'releases:',
    `  - name: ${JSON.stringify(pipeline.releaseName || 'my-actor')}`,
    `    chart: ${chartLocation[pipeline.profile]}`,
    `    namespace: ${JSON.stringify(pipeline.releaseNamespace)}`,
    '    values:',
    '      - values.yaml',
    '',
  ].join('\n');
}
