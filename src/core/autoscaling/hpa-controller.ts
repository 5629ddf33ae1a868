import {
  applyBehaviorRate,
  applyLegacyRules,
  defaultDownscaleWindowSeconds,
  stabilizeLegacy,
  stabilizeWithBehaviors,
  type HpaBehavior,
  type Timed,
} from './hpa-behavior.ts';
import {
  averageValueProposal,
  defaultTolerances,
  valueProposal,
  type Tolerances,
} from './hpa-replica-calc.ts';

/** The HPA object as KEDA creates it (keda-hpa.md §3.4). */
export interface HpaSpec {
  minReplicas: number;
  maxReplicas: number;
  /** null = legacy path (§2.5); otherwise the merged behavior (§2.6). */
  behavior: HpaBehavior | null;
  tolerances?: Tolerances;
  /** Controller flag used for a null scale-down window and by the legacy path. */
  downscaleWindowSeconds?: number;
  /** Legacy cap constants; horizontal_test.go raises the factor to 8. */
  scaleUpLimitFactor?: number;
  scaleUpLimitMinimum?: number;
}

/** One external metric as the HPA reads it; null = the metric could not be fetched. */
export type HpaMetric = {
  targetType: 'Value' | 'AverageValue';
  targetMilli: number;
  metricMilli: readonly (number | string)[];
} | null;

/** What the controller remembers between syncs (in memory, per HPA). */
export interface HpaState {
  /** null until the first sync, which seeds it with the current size. */
  recommendations: Timed<number>[] | null;
  upEvents: Timed<number>[];
  downEvents: Timed<number>[];
}

export function newHpaState(): HpaState {
  return { recommendations: null, upEvents: [], downEvents: [] };
}

export interface HpaCondition {
  type: 'AbleToScale' | 'ScalingActive' | 'ScalingLimited';
  status: 'True' | 'False';
  reason: string;
}

export interface HpaSyncResult {
  desiredReplicas: number;
  rescale: boolean;
  conditions: HpaCondition[];
  /** Largest per-metric proposal, before stabilisation and limits (absent when metrics were not read). */
  proposal?: number;
  stabilized?: number;
  /** One line per step, for the decision log. */
  steps: string[];
}

export interface HpaSyncInput {
  specReplicas: number;
  statusReplicas: number;
  readyPods: number;
  /** Per-metric data; ignored when `prenormalizedDesiredReplicas` is given. */
  metrics: readonly HpaMetric[];
  /** A proposal computed elsewhere (e.g. a resource metric a vector reduced to its result). */
  prenormalizedDesiredReplicas?: number;
  now: number;
}

function proposalFor(
  metric: NonNullable<HpaMetric>,
  input: HpaSyncInput,
  tolerances: Tolerances,
): number {
  if (metric.targetType === 'Value') {
    return valueProposal({
      currentReplicas: input.specReplicas,
      readyPods: input.readyPods,
      metricMilli: metric.metricMilli,
      targetMilli: metric.targetMilli,
      tolerances,
    }).replicas;
  }
  return averageValueProposal({
    statusReplicas: input.statusReplicas,
    metricMilli: metric.metricMilli,
    targetAverageMilli: metric.targetMilli,
    tolerances,
  }).replicas;
}

function recordEvent(state: HpaState, spec: HpaSpec, from: number, to: number, now: number): void {
  if (!spec.behavior || from === to) return;
  const periods = [...spec.behavior.scaleUp.policies, ...spec.behavior.scaleDown.policies].map(
    (p) => p.periodSeconds,
  );
  const longest = Math.max(0, ...periods);
  // Both lists are read in both directions, so keep what the longest period can still see.
  state.upEvents = state.upEvents.filter((e) => now - e.at < longest);
  state.downEvents = state.downEvents.filter((e) => now - e.at < longest);
  (to > from ? state.upEvents : state.downEvents).push({ at: now, value: Math.abs(to - from) });
}

/**
 * One HPA reconcile (horizontal.go `reconcileAutoscaler`, keda-hpa.md §2.1). Mutates `state`
 * (recommendations and scale events) the way the controller does.
 */
export function hpaSync(state: HpaState, spec: HpaSpec, input: HpaSyncInput): HpaSyncResult {
  const current = input.specReplicas;
  const tolerances = spec.tolerances ?? defaultTolerances;
  const now = input.now;
  state.recommendations ??= [{ at: now, value: current }];
  const steps: string[] = [];
  const done = (
    desired: number,
    conditions: HpaCondition[],
    extra: Partial<HpaSyncResult> = {},
  ): HpaSyncResult => {
    const rescale = desired !== current;
    if (rescale) {
      recordEvent(state, spec, current, desired, now);
      // The controller then overwrites AbleToScale; both are kept so a reader sees the whole story.
      conditions.push({ type: 'AbleToScale', status: 'True', reason: 'SucceededRescale' });
    }
    return { desiredReplicas: desired, rescale, conditions, steps, ...extra };
  };

  if (current === 0 && spec.minReplicas !== 0) {
    steps.push('workload at 0 and HPA min ≥ 1: the HPA stands down (ScalingDisabled)');
    return done(0, [{ type: 'ScalingActive', status: 'False', reason: 'ScalingDisabled' }]);
  }
  if (current > spec.maxReplicas) {
    steps.push(`${current} pods is above max ${spec.maxReplicas}: set to max at once`);
    return done(spec.maxReplicas, []);
  }
  if (current < spec.minReplicas) {
    steps.push(`${current} pods is below min ${spec.minReplicas}: set to min at once`);
    return done(spec.minReplicas, []);
  }

  let proposal: number;
  if (input.prenormalizedDesiredReplicas !== undefined) {
    proposal = input.prenormalizedDesiredReplicas;
  } else {
    const valid = input.metrics.filter((m): m is NonNullable<HpaMetric> => m !== null);
    if (valid.length === 0) {
      steps.push('no metric could be read: no change');
      return done(current, [
        { type: 'ScalingActive', status: 'False', reason: 'FailedGetExternalMetric' },
      ]);
    }
    proposal = Math.max(...valid.map((m) => proposalFor(m, input, tolerances)));
    if (valid.length < input.metrics.length && proposal < current) {
      steps.push('some metrics failed and the rest would scale down: no change');
      return done(current, [
        { type: 'ScalingActive', status: 'False', reason: 'FailedGetExternalMetric' },
      ]);
    }
  }
  steps.push(`metric proposal ${proposal}`);

  const conditions: HpaCondition[] = [
    { type: 'ScalingActive', status: 'True', reason: 'ValidMetricFound' },
  ];
  let stabilized: number;
  let limited: { replicas: number; reason: string };
  if (spec.behavior === null) {
    stabilized = stabilizeLegacy(
      state.recommendations,
      proposal,
      spec.downscaleWindowSeconds ?? defaultDownscaleWindowSeconds,
      now,
    );
    conditions.push({
      type: 'AbleToScale',
      status: 'True',
      reason: stabilized !== proposal ? 'ScaleDownStabilized' : 'ReadyForNewScale',
    });
    limited = applyLegacyRules({
      currentReplicas: current,
      desiredReplicas: stabilized,
      minReplicas: spec.minReplicas,
      maxReplicas: spec.maxReplicas,
      scaleUpLimitFactor: spec.scaleUpLimitFactor,
      scaleUpLimitMinimum: spec.scaleUpLimitMinimum,
    });
  } else {
    const result = stabilizeWithBehaviors({
      history: state.recommendations,
      currentReplicas: current,
      desiredReplicas: proposal,
      scaleUpWindowSeconds: spec.behavior.scaleUp.stabilizationWindowSeconds ?? 0,
      scaleDownWindowSeconds:
        spec.behavior.scaleDown.stabilizationWindowSeconds ??
        spec.downscaleWindowSeconds ??
        defaultDownscaleWindowSeconds,
      now,
    });
    stabilized = result.replicas;
    conditions.push({
      type: 'AbleToScale',
      status: 'True',
      reason: stabilized !== proposal ? result.reason : 'ReadyForNewScale',
    });
    limited = applyBehaviorRate({
      currentReplicas: current,
      desiredReplicas: stabilized,
      minReplicas: spec.minReplicas,
      maxReplicas: spec.maxReplicas,
      behavior: spec.behavior,
      upEvents: state.upEvents,
      downEvents: state.downEvents,
      now,
    });
  }
  if (stabilized !== proposal) steps.push(`stabilisation window holds it at ${stabilized}`);
  if (limited.replicas !== stabilized)
    steps.push(`${limited.reason}: limited to ${limited.replicas}`);
  conditions.push({
    type: 'ScalingLimited',
    status: limited.replicas === stabilized ? 'False' : 'True',
    reason: limited.reason,
  });
  return done(limited.replicas, conditions, { proposal, stabilized });
}
