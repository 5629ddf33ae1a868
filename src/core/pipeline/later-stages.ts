import { storeAsyncActor, type StoreResult } from '@/core/apiserver/index.ts';
import type { ChartProfileId } from '@/core/chart/index.ts';
import type { Diagnostic } from '@/core/diagnostics/index.ts';
import {
  reconcile,
  stoppedEarlier,
  viewActor,
  type K8sObject,
  type ReconcileOutcome,
} from '@/core/operator/index.ts';
import type { OperatorSettings } from '@/core/operator-settings/index.ts';
import { apiServerDiagnostics, prunedWarningText } from './api-server-diagnostics.ts';
import { goTypesDiagnostics } from './go-types-diagnostics.ts';
import { kedaVerdict } from '@/core/keda/keda-verdict.ts';
import { addOrigins } from './lazy-origins.ts';
import { asyncActorOrigins, operatorOrigins } from './origins.ts';
import type { PipelineResult } from './pipeline-result.ts';
import { readmeNotes } from './readme-notes.ts';

export interface PipelineOptions {
  profile: ChartProfileId;
  /** Defaults to the actor name (the golden data's convention). */
  releaseName?: string;
  /** `helm -n`; defaults to `default`. */
  releaseNamespace?: string;
  /** asya-actor multi-actor mode: the shared `app.kubernetes.io/name` label (see RenderChartOptions). */
  appLabelName?: string;
  /** asya-actor multi-actor mode: the release's template error, if any (see RenderChartOptions). */
  releaseError?: string;
  /** Parsed operator settings; undefined when they are invalid (the operator stage is then not run). */
  operatorSettings?: OperatorSettings;
}

const scalingPending =
  "<cluster: False/ReconcileError when KEDA's admission webhook (default install) refuses the ScaledObject; without the webhook True/ScaledObjectCreated and KEDA reports it not ready>";

function settingsMissing(): Diagnostic {
  return {
    ruleId: 'pipeline/operator-settings-invalid',
    severity: 'info',
    stage: 'operator',
    message:
      'The operator settings are invalid, so the operator stage is not predicted (the operator would not start).',
    fix: 'Fix the problems in the Operator settings panel.',
    path: [],
  };
}

export function emptyResult(opts: PipelineOptions, releaseName: string): PipelineResult {
  return {
    profile: opts.profile,
    releaseName,
    releaseNamespace: opts.releaseNamespace ?? 'default',
    chart: { objects: [], statuses: [] },
    stored: { objects: [], statuses: [], warnings: [] },
    operator: {
      objects: [],
      statuses: [],
      result: 'not-run',
      conditions: [],
      brokerSideEffects: [],
      illustrations: [],
    },
    keda: { status: 'no-scaled-object', reasons: [] },
    notes: [],
    diagnostics: [],
    origins: [],
  };
}

/** Marks objects the reconcile would have made but did not reach, and applies KEDA's refusal. */
function finishOperator(
  result: PipelineResult,
  outcome: ReconcileOutcome,
  scalingEnabled: boolean,
  name: string,
): void {
  const statuses = [...outcome.statuses];
  const seen = (kind: string): boolean =>
    statuses.some((s) => s.kind === kind || (kind === 'Deployment' && s.kind === 'StatefulSet'));
  const stopped = outcome.error ? `${stoppedEarlier}: ${outcome.error}` : undefined;
  if (!seen('Deployment') && stopped)
    statuses.push({ kind: 'Deployment', name, status: 'not-created', reason: stopped });
  if (!seen('ScaledObject')) {
    statuses.push({
      kind: 'ScaledObject',
      name,
      status: 'not-created',
      reason: scalingEnabled
        ? (stopped ?? 'not reached')
        : 'scaling.enabled is false: the operator deletes any ScaledObject named after the actor',
    });
  }
  const keda = kedaVerdict(outcome.objects);
  result.keda = keda.verdict;
  result.diagnostics.push(...keda.diagnostics);
  const conditions = [...outcome.conditions];
  let verdict: Pick<ReconcileOutcome, 'result' | 'error'> = outcome;
  if (keda.verdict.status === 'rejected') {
    // Each reason already says that KEDA refuses the object and why.
    const reason = keda.verdict.reasons.join(' ');
    const index = statuses.findIndex((s) => s.kind === 'ScaledObject');
    statuses[index] = { kind: 'ScaledObject', name, status: 'rejected', reason };
    const scaling = conditions.findIndex((c) => c.type === 'ScalingReady');
    if (scaling >= 0) conditions[scaling] = { type: 'ScalingReady', status: scalingPending };
    verdict = { result: 'error', error: reason };
  }
  result.operator = {
    objects: outcome.objects,
    statuses,
    result: verdict.result,
    conditions,
    brokerSideEffects: outcome.brokerSideEffects,
    illustrations: outcome.illustrations,
    ...(verdict.error ? { error: verdict.error } : {}),
  };
}

/**
 * The operator's informer cannot decode the actor (asya-operator.md §2.3): it never reconciles it,
 * so it creates nothing and writes no status.
 */
function unreadableActor(
  operator: PipelineResult['operator'],
  name: string,
): PipelineResult['operator'] {
  const error =
    'the operator cannot decode this AsyncActor (see the problems at its values); it never reconciles it';
  const reason = `not created: ${error}`;
  return {
    ...operator,
    result: 'error',
    error,
    statuses: ['Deployment', 'ScaledObject'].map((kind) => ({
      kind,
      name,
      status: 'not-created' as const,
      reason,
    })),
  };
}

/** The README's StatefulSet gets back the volumeClaimTemplates the API server pruned from the actor. */
function withClaimTemplates(illustrations: K8sObject[], chartActor: K8sObject): K8sObject[] {
  const workload = (chartActor.spec as { workload?: unknown } | undefined)?.workload;
  const claims =
    workload !== null && typeof workload === 'object'
      ? (workload as Record<string, unknown>).volumeClaimTemplates
      : undefined;
  if (claims === undefined) return illustrations;
  return illustrations.map((object) =>
    object.kind === 'StatefulSet'
      ? { ...object, spec: { ...(object.spec as object), volumeClaimTemplates: claims } }
      : object,
  );
}

/**
 * `kubectl apply` asks for strict field validation (Helm does not): an unknown field refuses the
 * whole manifest instead of being dropped with a warning.
 */
function strictDecoding(store: StoreResult): StoreResult {
  if (store.pruned.length === 0) return store;
  const violations = store.pruned.map((path) => ({
    path,
    message: `strict decoding error: unknown field "${path.map(String).join('.')}"`,
  }));
  const rejection = `AsyncActor in version "v1alpha1" cannot be handled as a AsyncActor: ${violations.map((v) => v.message).join(', ')}`;
  return {
    pruned: [],
    zeroValuesDropped: [],
    podFieldsDropped: [],
    decodeErrors: [],
    violations: [...store.violations, ...violations],
    rejection,
  };
}

/**
 * The stages after the chart: API server, operator, KEDA. `chart` is the AsyncActor as applied
 * (rendered by the chart, or a bare manifest when `viaHelm` is false).
 */
export function runLaterStages(
  result: PipelineResult,
  actor: K8sObject,
  name: string,
  opts: PipelineOptions,
  viaHelm: boolean,
): PipelineResult {
  result.chart = { objects: [actor], statuses: [{ kind: 'AsyncActor', name, status: 'created' }] };
  if (viaHelm) addOrigins(result, () => asyncActorOrigins('chart', actor, 0));
  const stored = storeAsyncActor(actor, {
    releaseName: result.releaseName,
    releaseNamespace: result.releaseNamespace,
    viaHelm,
  });
  const store = viaHelm ? stored : strictDecoding(stored);
  result.diagnostics.push(...apiServerDiagnostics(store), ...goTypesDiagnostics(store));
  result.stored.warnings = store.pruned.map(prunedWarningText);
  if (!store.stored) {
    result.stored.statuses = [
      { kind: 'AsyncActor', name, status: 'rejected', reason: store.rejection ?? 'rejected' },
    ];
    result.stored.rejection = store.rejection;
    return result;
  }
  result.stored.objects = [store.stored];
  result.stored.statuses = [{ kind: 'AsyncActor', name, status: 'created' }];
  const storedActor = store.stored;
  addOrigins(result, () => asyncActorOrigins('stored', storedActor, 0));
  if (!opts.operatorSettings) {
    result.diagnostics.push(settingsMissing());
    return result;
  }
  if (store.decodeErrors.length > 0) {
    result.operator = unreadableActor(result.operator, name);
    return result;
  }
  const outcome = reconcile(store.stored, opts.operatorSettings);
  const view = viewActor(store.stored);
  result.diagnostics.push(...outcome.diagnostics);
  finishOperator(result, outcome, view.scaling.enabled === true, name);
  result.operator.illustrations = withClaimTemplates(outcome.illustrations, actor);
  result.notes = readmeNotes(view, outcome, opts.profile);
  addOrigins(result, () => operatorOrigins(outcome.objects, view.podSpec));
  return result;
}
