import type { PipelineResult } from '@/core/pipeline/index.ts';
import { manifestsToYaml } from '@/core/pipeline/index.ts';

/** A file the studio offers: bytes are made here, delivered by the io layer. */
export interface ExportArtifact {
  filename: string;
  mimeType: string;
  content: string;
}

export const yamlType = 'application/yaml';

/** The chart stage as `helm template` prints it: one `# Source:` comment per document. */
export function chartManifests(pipeline: PipelineResult): ExportArtifact {
  const chart = pipeline.profile;
  const content = pipeline.chart.objects
    .map(
      (o) =>
        `---\n# Source: ${chart}/templates/asyncactor.yaml\n${manifestsToYaml([o]).replace(/^---\n/, '')}`,
    )
    .join('');
  return { filename: 'manifests.yaml', mimeType: yamlType, content };
}

/** Everything the operator would create, in creation order, headed by the outcome of the reconcile. */
export function operatorPreview(pipeline: PipelineResult): ExportArtifact {
  const header = [
    '# Actor Studio operator preview: the objects the Asya operator creates from the stored AsyncActor.',
    `# Operator result: ${pipeline.operator.result}${pipeline.operator.error ? ` (${pipeline.operator.error})` : ''}`,
    `# KEDA: ${pipeline.keda.status}${pipeline.keda.reasons.length ? ` (${pipeline.keda.reasons.join('; ')})` : ''}`,
    ...pipeline.operator.statuses.map(
      (s) => `# ${s.kind} ${s.name}: ${s.status}${s.reason ? ` (${s.reason})` : ''}`,
    ),
  ].join('\n');
  return {
    filename: 'operator-preview.yaml',
    mimeType: yamlType,
    content: `${header}\n${manifestsToYaml(pipeline.operator.objects)}`,
  };
}
