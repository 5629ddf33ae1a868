/**
 * KEDA's own decisions: one poll of the executor, activation, what the scalers count, and the
 * admission checks (keda-hpa.md §3).
 */

/** KEDA ScaledObject defaults (kedacore/keda:apis/keda/v1alpha1/scaledobject_types.go). */
export const kedaDefaults = {
  pollingInterval: 30,
  cooldownPeriod: 300,
  minReplicaCount: 0,
  maxReplicaCount: 100,
} as const;

export interface ExecutorInput {
  minReplicaCount: number;
  idleReplicaCount: number | null;
  currentReplicas: number;
  isActive: boolean;
  isError: boolean;
  /** lastActiveTime + cooldownPeriod < now (or creation + initialCooldownPeriod when never active). */
  cooldownElapsed: boolean;
  fallbackReplicas?: number;
  pausedScaleIn?: boolean;
  pausedScaleOut?: boolean;
}

export interface ExecutorResult {
  replicas: number;
  /** The Active condition KEDA reports. */
  activeCondition: boolean;
  /** Whether lastActiveTime is refreshed by this poll. */
  refreshLastActive: boolean;
  /** In words, for the decision log. */
  reason: string;
}

/** One poll of `RequestScale` (kedacore/keda:pkg/scaling/executor/scale_scaledobjects.go). */
export function kedaExecutorStep(input: ExecutorInput): ExecutorResult {
  const { currentReplicas: cur, minReplicaCount: min, idleReplicaCount: idle } = input;
  const keep = (reason: string, refreshLastActive = false): ExecutorResult => ({
    replicas: cur,
    activeCondition: input.isActive,
    refreshLastActive,
    reason,
  });
  if (input.isActive) {
    if (cur === 0 || (idle !== null && cur < min)) {
      if (input.pausedScaleOut) return keep('active, but scale-out is paused');
      const target = min > 0 ? min : 1;
      return {
        replicas: target,
        activeCondition: true,
        refreshLastActive: true,
        reason: `active: KEDA scales ${cur} → ${target}`,
      };
    }
    if (input.isError)
      return keep('active with a trigger error: no change, last-active time not refreshed');
    return keep('active: the HPA owns the count', true);
  }
  if (input.isError)
    return keep(
      input.fallbackReplicas
        ? 'inactive with an error: left to the HPA fallback'
        : 'inactive with an error: not ready, no change',
    );
  if ((idle !== null && cur > idle) || (cur > 0 && min === 0)) {
    if (input.pausedScaleIn) return keep('inactive, but scale-in is paused');
    if (!input.cooldownElapsed) return keep('inactive, cool-down not over yet');
    const target = idle ?? min;
    return {
      replicas: target,
      activeCondition: false,
      refreshLastActive: false,
      reason: `inactive past the cool-down: KEDA writes ${target} directly`,
    };
  }
  if (idle === null && cur < min)
    return {
      replicas: min,
      activeCondition: false,
      refreshLastActive: false,
      reason: `inactive below min: set to ${min}`,
    };
  return keep('inactive: no change');
}

/** SQS queue length as the scaler sums it (aws_sqs_queue_scaler.go). */
export function sqsQueueLength(
  attributes: { visible: number; inFlight: number; delayed: number },
  options: { scaleOnInFlight?: boolean; scaleOnDelayed?: boolean } = {},
): number {
  return (
    attributes.visible +
    ((options.scaleOnInFlight ?? true) ? attributes.inFlight : 0) +
    ((options.scaleOnDelayed ?? false) ? attributes.delayed : 0)
  );
}

/** RabbitMQ queue length: HTTP `messages` is ready + unacked; AMQP's passive declare sees ready only. */
export function rabbitmqQueueLength(input: {
  protocol: 'amqp' | 'http';
  ready: number;
  unacknowledged: number;
  excludeUnacknowledged?: boolean;
}): number {
  if (input.protocol === 'amqp' || input.excludeUnacknowledged) return input.ready;
  return input.ready + input.unacknowledged;
}

/** Scaler metadata defaults (rabbitmq_scaler.go, aws_sqs_queue_scaler.go). */
export function scalerDefaults(
  trigger: string,
  metadata: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const num = (value: unknown): number | undefined =>
    value === undefined || value === '' ? undefined : Number(value);
  if (trigger === 'rabbitmq') {
    const mode =
      typeof metadata.mode === 'string' && metadata.mode !== '' ? metadata.mode : 'QueueLength';
    const value = num(metadata.value) ?? num(metadata.queueLength) ?? 20;
    return {
      mode,
      value,
      activationValue: num(metadata.activationValue) ?? 0,
      protocol: metadata.protocol ?? 'auto',
      excludeUnacknowledged: metadata.excludeUnacknowledged === 'true',
    };
  }
  if (trigger === 'aws-sqs-queue') {
    return {
      queueLength: num(metadata.queueLength) ?? 5,
      activationQueueLength: num(metadata.activationQueueLength) ?? 0,
      scaleOnInFlight: metadata.scaleOnInFlight !== 'false',
      scaleOnDelayed: metadata.scaleOnDelayed === 'true',
    };
  }
  return {};
}

/** `CheckReplicaCountBoundsAreValid`: min ≤ max (max defaults to 100), idle < min. */
export function replicaBoundsError(
  min: number | null,
  max: number | null,
  idle: number | null,
): string | null {
  const lo = min ?? 0;
  const hi = max ?? kedaDefaults.maxReplicaCount;
  if (lo > hi) return `MinReplicaCount=${lo} must be less than MaxReplicaCount=${hi}`;
  if (idle !== null && idle >= lo)
    return `IdleReplicaCount=${idle} must be less than MinReplicaCount=${lo}`;
  return null;
}

export interface FallbackSpec {
  failureThreshold: number;
  replicas: number;
  behavior?: string;
}

export interface TriggerSpec {
  type: string;
  name?: string;
  metricType?: string;
}

/** `CheckFallbackValid`: needs an AverageValue metric that is not cpu/memory. */
export function fallbackError(
  fallback: FallbackSpec | null,
  triggers: readonly TriggerSpec[],
  modifiersMetricType: string | null,
): string | null {
  if (!fallback) return null;
  if (fallback.failureThreshold < 0 || fallback.replicas < 0)
    return (
      'FailureThreshold=' +
      fallback.failureThreshold +
      ' or Replicas=' +
      fallback.replicas +
      ' must not be negative'
    );
  if (modifiersMetricType !== null) {
    return (modifiersMetricType || 'AverageValue') === 'AverageValue'
      ? null
      : 'type for the fallback must be AverageValue';
  }
  const ok = triggers.some(
    (t) =>
      t.type !== 'cpu' &&
      t.type !== 'memory' &&
      (t.metricType ?? 'AverageValue') === 'AverageValue',
  );
  return ok
    ? null
    : 'at least one trigger (that is not cpu or memory) has to have the `AverageValue` type for the fallback to be enabled';
}

/** One poll of a failing metric under `fallback` (kedacore/keda:pkg/fallback/fallback.go). */
export function fallbackMetric(input: {
  fallback: FallbackSpec;
  failuresBefore: number;
  target: number;
  currentReplicas: number;
  behavior?: string;
}): { failuresAfter: number; inFallback: boolean; metric: number; replicas: number } {
  const failuresAfter = input.failuresBefore + 1;
  const behavior = input.behavior ?? input.fallback.behavior ?? 'static';
  const fixed = input.fallback.replicas;
  const replicas =
    behavior === 'currentReplicas'
      ? input.currentReplicas
      : behavior === 'currentReplicasIfHigher'
        ? Math.max(input.currentReplicas, fixed)
        : behavior === 'currentReplicasIfLower'
          ? Math.min(input.currentReplicas, fixed)
          : fixed;
  const inFallback = failuresAfter > input.fallback.failureThreshold;
  return { failuresAfter, inFallback, metric: input.target * replicas, replicas };
}

/** Per-trigger nil gate under `fallback.behavior: scalingModifiers` (strictly more failures than the threshold). */
export function triggerValueGate(
  metricValue: number,
  fallback: FallbackSpec | null,
  failures: number | null,
): number | null {
  if (!fallback || fallback.behavior !== 'scalingModifiers') return metricValue;
  return (failures ?? 0) > fallback.failureThreshold ? null : metricValue;
}

/** `castToFloatIfNecessary`: KEDA wraps the formula in float(…) unless it already starts with `float(`. */
export function normaliseKedaFormula(formula: string): string {
  return formula.startsWith('float(') ? formula : `float(${formula})`;
}
