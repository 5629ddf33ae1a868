import { renderChart } from '@/core/chart/index.ts';
import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { isRecord } from '@/core/shared/is-record.ts';
import { emptyResult, runLaterStages, type PipelineOptions } from './later-stages.ts';
import type { PipelineResult } from './pipeline-result.ts';

export type { PipelineOptions } from './later-stages.ts';

/** values → chart AsyncActor → stored AsyncActor → operator objects → KEDA verdict. Never throws. */
export function runPipeline(values: unknown, opts: PipelineOptions): PipelineResult {
  const chart = renderChart(values, opts);
  const actor = chart.asyncActor;
  const renderedName = (actor?.metadata as { name?: unknown } | undefined)?.name;
  const name = typeof renderedName === 'string' ? renderedName : JSON.stringify(renderedName ?? '');
  const releaseName =
    opts.releaseName ??
    (typeof renderedName === 'string' && renderedName !== '' ? renderedName : 'release-name');
  const result = emptyResult(opts, releaseName);
  result.diagnostics.push(...chart.diagnostics);
  if (!actor) {
    result.chart = {
      objects: [],
      statuses: [
        { kind: 'AsyncActor', name, status: 'not-created', reason: chart.error ?? 'render failed' },
      ],
      error: chart.error ?? 'render failed',
    };
    return result;
  }
  return runLaterStages(result, actor, name, opts, true);
}

function notAnAsyncActor(): Diagnostic {
  return {
    ruleId: 'pipeline/not-an-asyncactor',
    severity: 'error',
    stage: 'api-server',
    message:
      'The manifest is not an AsyncActor (apiVersion asya.sh/v1alpha1, kind AsyncActor); nothing is created.',
    fix: 'Give a single AsyncActor manifest.',
    path: [],
  };
}

/**
 * A bare AsyncActor manifest applied without Helm (`kubectl apply`) → stored AsyncActor → operator
 * objects → KEDA verdict. The chart stage holds the manifest as given. Never throws.
 */
export function runManifestPipeline(manifest: unknown, opts: PipelineOptions): PipelineResult {
  const actor = isRecord(manifest) ? manifest : undefined;
  const metadataName = (actor?.metadata as { name?: unknown } | undefined)?.name;
  const name = typeof metadataName === 'string' ? metadataName : '';
  const result = emptyResult(opts, opts.releaseName ?? name);
  if (!actor || actor.kind !== 'AsyncActor' || actor.apiVersion !== 'asya.sh/v1alpha1') {
    result.diagnostics.push(notAnAsyncActor());
    return result;
  }
  try {
    return runLaterStages(result, actor, name, opts, false);
  } catch (error) {
    result.diagnostics.push({
      ...notAnAsyncActor(),
      message: `The manifest cannot be processed: ${error instanceof Error ? error.message : String(error)}`,
    });
    return result;
  }
}
