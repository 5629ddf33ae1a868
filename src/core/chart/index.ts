import type { Diagnostic } from '@/core/diagnostics/index.ts';
import type { ChartProfileId } from './chart-profile.ts';
import { ChartTemplateError } from './go-values.ts';
import { isRecord } from '@/core/shared/is-record.ts';
import { upstreamLink } from '@/core/diagnostics/upstream-source.ts';
import { clonePlain } from './coalesce-values.ts';
import { renderAsyaActor } from './render-asya-actor.ts';
import { renderTestActor } from './render-test-actor.ts';
import type { ChartRender } from './chart-render.ts';

export type { ChartProfileId } from './chart-profile.ts';
export { chartProfileIds, chartDefaults, effectiveDefault } from './chart-profile.ts';
export type { ChartRender } from './chart-render.ts';
export { asyaActorItems, asyaActorReleaseError } from './asya-actor-release.ts';

export interface RenderChartOptions {
  profile: ChartProfileId;
  /** Helm release name; defaults to the actor name, as the golden data assumes. */
  releaseName?: string;
  /** `helm -n`; neither chart uses it for the AsyncActor (kept for the stored object's annotations). */
  releaseNamespace?: string;
  /**
   * asya-actor multi-actor mode: every actor carries the labels of the root values
   * (`include "asya-actor.labels" $`), so `app.kubernetes.io/name` is the root `name`, not the actor's.
   */
  appLabelName?: string;
  /**
   * asya-actor multi-actor mode: the release's own template error (`asyaActorReleaseError`). Helm
   * renders no actor then; the problem is reported once, for the release, not by each actor.
   */
  releaseError?: string;
}

function notAMap(values: unknown): Diagnostic {
  return {
    ruleId: 'chart/values-not-a-map',
    severity: 'error',
    stage: 'chart',
    message: `The values document is a ${Array.isArray(values) ? 'list' : typeof values}; Helm needs a map and stops before rendering.`,
    fix: 'Write the values as `key: value` pairs at the top level.',
    path: [],
  };
}

/** A template that fails on these values: Helm prints the error and renders nothing. */
export function templateError(error: ChartTemplateError, profile: ChartProfileId): Diagnostic {
  return {
    ruleId: 'chart/template-error',
    severity: 'error',
    stage: 'chart',
    message: `\`helm install\` (and \`helm template\`) stops with "${error.message}": nothing reaches the cluster.`,
    fix: 'Give this value the type the chart expects (a string, or a map where the template reads fields from it).',
    path: error.path,
    ...(profile === 'asya-actor'
      ? { source: upstreamLink('asya', 'deploy/helm-charts/asya-actor/templates') }
      : {}),
  };
}

/** values → the AsyncActor the chart renders (or its template error). Never throws. */
export function renderChart(values: unknown, opts: RenderChartOptions): ChartRender {
  if (opts.releaseError !== undefined) return { error: opts.releaseError, diagnostics: [] };
  if (values !== null && values !== undefined && !isRecord(values)) {
    return { error: 'values must be a map', diagnostics: [notAMap(values)] };
  }
  try {
    const user = (clonePlain(values ?? {}) ?? {}) as Record<string, unknown>;
    return opts.profile === 'asya-actor'
      ? renderAsyaActor(user, opts.releaseName, opts.appLabelName)
      : renderTestActor(user, opts.releaseName);
  } catch (error) {
    if (error instanceof ChartTemplateError)
      return { error: error.message, diagnostics: [templateError(error, opts.profile)] };
    const message = error instanceof Error ? error.message : String(error);
    return {
      error: message,
      diagnostics: [
        {
          ...notAMap(values),
          ruleId: 'chart/unreadable-values',
          message: `The values cannot be rendered: ${message}.`,
          fix: 'Remove self-referencing anchors or extreme nesting.',
        },
      ],
    };
  }
}
