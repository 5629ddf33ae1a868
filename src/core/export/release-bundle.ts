import type { PipelineResult } from '@/core/pipeline/index.ts';
import type { ReleaseRun } from '@/core/release/index.ts';
import { chartManifests, operatorPreview, type ExportArtifact } from './stage-artifacts.ts';
import { chartLocation } from './helm-commands.ts';
import { isRecord } from '@/core/shared/is-record.ts';

/**
 * The values schema extended with the shipped chart's multi-actor form: `actors:` items take the
 * same keys as one actor's values, and `default.scaling`/`default.workload` the same shapes
 * (deliveryhero/asya:deploy/helm-charts/asya-actor/values.yaml, MODE 2).
 */
export function releaseValuesSchema(schema: Record<string, unknown>): Record<string, unknown> {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  return {
    ...schema,
    properties: {
      ...properties,
      actors: {
        type: 'array',
        description:
          'Multi-actor mode of the asya-actor chart: one AsyncActor per item. Items inherit namespace and transport from the root and scaling/workload from default.* when they set none.',
        items: { type: 'object', properties, required: ['name'] },
      },
      default: {
        type: 'object',
        description:
          'Blocks every actor of the list uses when it sets none (replaced whole, not merged).',
        properties: { scaling: properties.scaling ?? {}, workload: properties.workload ?? {} },
      },
    },
  };
}

/** Every actor's chart documents, in document order, as `helm template` prints them. */
function releaseManifests(pipelines: readonly PipelineResult[]): ExportArtifact {
  return {
    ...chartManifests(pipelines[0] as PipelineResult),
    content: pipelines.map((pipeline) => chartManifests(pipeline).content).join(''),
  };
}

/** Every actor's operator preview, one after the other, each headed by the actor's name. */
function releaseOperatorPreview(run: ReleaseRun): ExportArtifact {
  const first = run.actors[0]?.pipeline as PipelineResult;
  return {
    ...operatorPreview(first),
    content: run.actors
      .map(({ slice, pipeline }) => `# Actor ${slice.label}\n${operatorPreview(pipeline).content}`)
      .join(''),
  };
}

/**
 * The install of the whole document: one `helm install` for an `actors:` release, or
 * `helmfile apply` for a helmfile (which the bundle then holds as `helmfile.yaml`).
 */
function releaseInstall(run: ReleaseRun): string {
  if (run.kind === 'helmfile') return 'helmfile -f helmfile.yaml apply';
  const pipeline = run.actors[0]?.pipeline;
  const name = pipeline?.releaseName || 'my-actors';
  const namespace = pipeline?.releaseNamespace ?? 'default';
  return `helm install ${name} ${chartLocation['asya-actor']} -f values.yaml${namespace === 'default' ? '' : ` -n ${namespace}`}`;
}

/**
 * The bundle's files that change when the document holds several actors: manifests and operator
 * previews of every actor, and one install command for the release (or the helmfile).
 */
export function releaseArtifacts(
  run: ReleaseRun,
  valuesText: string,
): {
  values: ExportArtifact;
  manifests: ExportArtifact;
  operator: ExportArtifact;
  install: string;
} {
  const pipelines = run.actors.map(({ pipeline }) => pipeline);
  return {
    values: {
      filename: run.kind === 'helmfile' ? 'helmfile.yaml' : 'values.yaml',
      mimeType: 'application/yaml',
      content: valuesText,
    },
    manifests: releaseManifests(pipelines),
    operator: releaseOperatorPreview(run),
    install: releaseInstall(run),
  };
}
