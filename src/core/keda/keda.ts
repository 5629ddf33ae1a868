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
  /** lastActiveTime + cooldownPeriod < now (or creation + initialCooldownPeriod when never active): see `cooldownElapsed`. */
  cooldownElapsed: boolean;
  /** `spec.fallback.replicas`; undefined when the ScaledObject has no fallback. */
  fallbackReplicas?: number;
  pausedScaleIn?: boolean;
  pausedScaleOut?: boolean;
  /** The `autoscaling.keda.sh/force-activation: "true"` annotation: the target counts as active. */
  forceActivation?: boolean;
}

export interface ExecutorResult {
  replicas: number;
  /** The Active condition KEDA reports. */
  activeCondition: boolean;
  /** Whether this poll records a new last-active time (`ScaleResult.LastActiveTime`). */
  refreshLastActive: boolean;
  /** In words, for the decision log. */
  reason: string;
}

/** The annotation that makes KEDA treat the target as active whatever the triggers say (KEDA ≥ 2.18). */
export const forceActivationAnnotation = 'autoscaling.keda.sh/force-activation';

/**
 * One poll of `RequestScale` (upstream: pkg/scaling/executor/scale_scaledobjects.go, RequestScale
 * and scaleFromZeroOrIdle / scaleToZeroOrIdle). The last-active time is refreshed when KEDA scales
 * up from zero or idle, or when an active target needs no change and no trigger errs.
 */
export function kedaExecutorStep(input: ExecutorInput): ExecutorResult {
  const { currentReplicas: cur, minReplicaCount: min, idleReplicaCount: idle } = input;
  const active = input.isActive || input.forceActivation === true;
  const keep = (reason: string, refreshLastActive = false): ExecutorResult => ({
    replicas: cur,
    activeCondition: active,
    refreshLastActive,
    reason,
  });
  if (active) {
    const why = input.isActive ? 'active' : 'activation forced by annotation';
    if ((idle !== null && cur < min) || cur === 0) {
      if (input.pausedScaleOut) return keep(`${why}, but scale-out is paused`);
      const target = min > 0 ? min : 1;
      return {
        replicas: target,
        activeCondition: true,
        refreshLastActive: true,
        reason: `${why}: KEDA scales ${cur} → ${target}`,
      };
    }
    if (input.isError)
      return keep(`${why} with a trigger error: no change, last-active time not refreshed`);
    return keep(`${why}: the HPA owns the count`, true);
  }
  if (input.isError && input.fallbackReplicas !== undefined && input.fallbackReplicas !== 0)
    return keep('inactive with an error: left to the HPA fallback');
  if (input.isError && input.fallbackReplicas === undefined)
    return keep('inactive with an error: not ready, no change');
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

/**
 * `scaleToZeroOrIdle`'s clock: past `lastActiveTime + cooldownPeriod`, or, never active, past
 * `creation + initialCooldownPeriod` (default 0). Go's `Before` is strict.
 */
export function cooldownElapsed(input: {
  now: number;
  lastActiveTime: number | null;
  cooldownPeriod: number;
  creationTime?: number;
  initialCooldownPeriod?: number;
}): boolean {
  if (input.lastActiveTime === null)
    return (input.creationTime ?? -Infinity) + (input.initialCooldownPeriod ?? 0) < input.now;
  return input.lastActiveTime + input.cooldownPeriod < input.now;
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

/**
 * `CheckFallbackValid` (upstream: apis/keda/v1alpha1/scaledobject_types.go): counts must not be
 * negative; without scaling modifiers one trigger must not be cpu or memory. Since KEDA 2.18 the
 * metric type is not checked (a Value trigger or a Value composite metric may fall back).
 */
export function fallbackError(
  fallback: FallbackSpec | null,
  triggers: readonly TriggerSpec[],
  usingModifiers: boolean,
): string | null {
  if (!fallback) return null;
  if (fallback.failureThreshold < 0 || fallback.replicas < 0)
    return `FailureThreshold=${fallback.failureThreshold} & Replicas=${fallback.replicas} must both be greater than or equal to 0`;
  if (usingModifiers) return null;
  return triggers.some((t) => t.type !== 'cpu' && t.type !== 'memory')
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

/** The name castToFloatIfNecessary binds a `??` formula's result to. */
export const compositeResultName = '_kedaCompositeResult';

/**
 * `castToFloatIfNecessary` (upstream: apis/keda/v1alpha1/scaledobject_webhook.go): a formula with
 * `??` is bound with `let` so a nil result stays nil (and falls back); any other formula is
 * wrapped in float(…) unless it already starts with `float(`.
 */
export function normaliseKedaFormula(formula: string): string {
  if (formula.includes('??')) {
    if (formula.startsWith(`let ${compositeResultName} = `)) return formula;
    return `let ${compositeResultName} = (${formula}); ${compositeResultName} == nil ? nil : float(${compositeResultName})`;
  }
  return formula.startsWith('float(') ? formula : `float(${formula})`;
}

/**
 * The composite metric when the formula gives nil (`scalingModifiersFallbackTarget`, upstream:
 * pkg/scaling/modifiers/formula.go): fallback.replicas × target, or an error without a fallback.
 */
export function nilCompositeValue(
  fallback: FallbackSpec | null,
  target: string,
): { value: number } | { error: string } {
  if (!fallback)
    return { error: 'scalingModifiers formula evaluated to nil but no fallback is configured' };
  const parsed = parseGoFloat(target);
  if (parsed === null)
    return {
      error: `scalingModifiers formula evaluated to nil and target "${target}" is not a valid float`,
    };
  return { value: fallback.replicas * parsed };
}

/**
 * `GetPairTriggerAndMetric` (upstream: pkg/scaling/modifiers/formula.go): with a formula, each
 * metric maps to its trigger's name, numbered (`name01`, …) when the name (as a prefix) is taken.
 */
export function pairTriggerAndMetric(
  formula: string,
  metricName: string,
  triggerName: string,
  pairs: Readonly<Record<string, string>> = {},
): { pairs: Record<string, string> } | { error: string } {
  if (formula === '') return { pairs: {} };
  if (triggerName === '')
    return { error: `trigger name not given with compositeScaler for metric ${metricName}` };
  const taken = Object.values(pairs).filter((t) => t.startsWith(triggerName)).length;
  const name = taken === 0 ? triggerName : `${triggerName}${String(taken).padStart(2, '0')}`;
  return { pairs: { ...pairs, [metricName]: name } };
}

/**
 * Go's `strconv.ParseFloat(text, 64)` for the forms KEDA users write: decimal, exponent, inf,
 * infinity (any case, optional sign) and nan; no spaces, no hex floats. Null when Go returns an error.
 */
export function parseGoFloat(text: string): number | null {
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) return Number(text);
  // Go's `special` takes a sign before inf/infinity only, never before nan.
  if (/^nan$/i.test(text)) return NaN;
  const infinity = /^([+-]?)(inf|infinity)$/i.exec(text);
  if (!infinity) return null;
  return infinity[1] === '-' ? -Infinity : Infinity;
}
