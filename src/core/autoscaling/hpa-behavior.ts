/**
 * HPA normalisation: the legacy path (behavior null) and the behavior path with stabilisation
 * windows and rate-limit policies (kubernetes/kubernetes:pkg/controller/podautoscaler/horizontal.go,
 * keda-hpa.md §2.4–2.6). Times are seconds on one clock; an entry is inside a window of W seconds
 * while it is strictly younger than W.
 */

export interface ScalingPolicy {
  type: 'Pods' | 'Percent';
  value: number;
  periodSeconds: number;
}

export type SelectPolicy = 'Max' | 'Min' | 'Disabled';

export interface ScalingRules {
  /** null = the controller flag (300 s for scale-down) applies at sync time. */
  stabilizationWindowSeconds: number | null;
  selectPolicy: SelectPolicy;
  policies: readonly ScalingPolicy[];
}

export interface HpaBehavior {
  scaleUp: ScalingRules;
  scaleDown: ScalingRules;
}

/** A recommendation or a scale event with the time it was recorded. */
export interface Timed<T> {
  at: number;
  value: T;
}

/** kube-controller-manager `--horizontal-pod-autoscaler-downscale-stabilization` default. */
export const defaultDownscaleWindowSeconds = 300;

/** API defaults when `behavior` is present (pkg/apis/autoscaling/v2/defaults.go). */
export const defaultScaleUpRules: ScalingRules = {
  stabilizationWindowSeconds: 0,
  selectPolicy: 'Max',
  policies: [
    { type: 'Pods', value: 4, periodSeconds: 15 },
    { type: 'Percent', value: 100, periodSeconds: 15 },
  ],
};

export const defaultScaleDownRules: ScalingRules = {
  stabilizationWindowSeconds: null,
  selectPolicy: 'Max',
  policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
};

/** The fixed behavior the Asya operator writes into every ScaledObject (asya-operator.md §4.10). */
export const asyaOperatorBehavior: HpaBehavior = {
  scaleDown: {
    stabilizationWindowSeconds: 300,
    selectPolicy: 'Max',
    policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }],
  },
  scaleUp: {
    stabilizationWindowSeconds: 0,
    selectPolicy: 'Max',
    policies: [
      { type: 'Pods', value: 10, periodSeconds: 60 },
      { type: 'Percent', value: 100, periodSeconds: 60 },
    ],
  },
};

/** Merges a user's rules field by field over the defaults (a given policy list replaces the default list). */
export function mergeScalingRules(
  given: Partial<ScalingRules> | undefined,
  defaults: ScalingRules,
): ScalingRules {
  return {
    stabilizationWindowSeconds:
      given?.stabilizationWindowSeconds !== undefined
        ? given.stabilizationWindowSeconds
        : defaults.stabilizationWindowSeconds,
    selectPolicy: given?.selectPolicy ?? defaults.selectPolicy,
    policies: given?.policies ?? defaults.policies,
  };
}

/** Sum of recorded replica changes younger than the period (`getReplicasChangePerPeriod`). */
export function replicasChangePerPeriod(
  periodSeconds: number,
  events: readonly Timed<number>[],
  now: number,
): number {
  let sum = 0;
  for (const event of events) if (now - event.at < periodSeconds) sum += event.value;
  return sum;
}

const maxInt32 = 2 ** 31 - 1;
const minInt32 = -(2 ** 31);

/** `calculateScaleUpLimitWithScalingRules`. */
export function scaleUpLimit(
  current: number,
  upEvents: readonly Timed<number>[],
  downEvents: readonly Timed<number>[],
  rules: ScalingRules,
  now: number,
): number {
  if (rules.selectPolicy === 'Disabled') return current;
  const pickMin = rules.selectPolicy === 'Min';
  let result = pickMin ? maxInt32 : minInt32;
  for (const policy of rules.policies) {
    const periodStart =
      current -
      replicasChangePerPeriod(policy.periodSeconds, upEvents, now) +
      replicasChangePerPeriod(policy.periodSeconds, downEvents, now);
    const proposed =
      policy.type === 'Pods'
        ? periodStart + policy.value
        : Math.ceil(periodStart * (1 + policy.value / 100));
    result = pickMin ? Math.min(result, proposed) : Math.max(result, proposed);
  }
  return result;
}

/** `calculateScaleDownLimitWithBehaviors`: Percent truncates, so the floor is never below intent. */
export function scaleDownLimit(
  current: number,
  upEvents: readonly Timed<number>[],
  downEvents: readonly Timed<number>[],
  rules: ScalingRules,
  now: number,
): number {
  if (rules.selectPolicy === 'Disabled') return current;
  const pickMin = rules.selectPolicy === 'Min';
  let result = pickMin ? minInt32 : maxInt32;
  for (const policy of rules.policies) {
    const periodStart =
      current -
      replicasChangePerPeriod(policy.periodSeconds, upEvents, now) +
      replicasChangePerPeriod(policy.periodSeconds, downEvents, now);
    const proposed =
      policy.type === 'Pods'
        ? periodStart - policy.value
        : Math.trunc(periodStart * (1 - policy.value / 100));
    result = pickMin ? Math.max(result, proposed) : Math.min(result, proposed);
  }
  return result;
}

export type LimitReason =
  'DesiredWithinRange' | 'ScaleUpLimit' | 'TooManyReplicas' | 'ScaleDownLimit' | 'TooFewReplicas';

export interface LimitedReplicas {
  replicas: number;
  reason: LimitReason;
}

/** `convertDesiredReplicasWithBehaviorRate`: rate limits, then spec bounds in the direction of travel. */
export function applyBehaviorRate(input: {
  currentReplicas: number;
  desiredReplicas: number;
  minReplicas: number;
  maxReplicas: number;
  behavior: HpaBehavior;
  upEvents: readonly Timed<number>[];
  downEvents: readonly Timed<number>[];
  now: number;
}): LimitedReplicas {
  const { currentReplicas: current, desiredReplicas: desired } = input;
  if (desired > current) {
    const limit = Math.max(
      current,
      scaleUpLimit(current, input.upEvents, input.downEvents, input.behavior.scaleUp, input.now),
    );
    const [allowed, reason]: [number, LimitReason] =
      input.maxReplicas > limit ? [limit, 'ScaleUpLimit'] : [input.maxReplicas, 'TooManyReplicas'];
    if (desired > allowed) return { replicas: allowed, reason };
  } else if (desired < current) {
    const limit = Math.min(
      current,
      scaleDownLimit(
        current,
        input.upEvents,
        input.downEvents,
        input.behavior.scaleDown,
        input.now,
      ),
    );
    const [allowed, reason]: [number, LimitReason] =
      input.minReplicas < limit ? [limit, 'ScaleDownLimit'] : [input.minReplicas, 'TooFewReplicas'];
    if (desired < allowed) return { replicas: allowed, reason };
  }
  return { replicas: desired, reason: 'DesiredWithinRange' };
}

/** Legacy clamp (`convertDesiredReplicasWithRules`): [min, min(max, max(factor × current, minimum))]. */
export function applyLegacyRules(input: {
  currentReplicas: number;
  desiredReplicas: number;
  minReplicas: number;
  maxReplicas: number;
  scaleUpLimitFactor?: number;
  scaleUpLimitMinimum?: number;
}): LimitedReplicas {
  const upLimit = Math.max(
    (input.scaleUpLimitFactor ?? 2) * input.currentReplicas,
    input.scaleUpLimitMinimum ?? 4,
  );
  const [allowed, reason]: [number, LimitReason] =
    input.maxReplicas > upLimit
      ? [upLimit, 'ScaleUpLimit']
      : [input.maxReplicas, 'TooManyReplicas'];
  if (input.desiredReplicas < input.minReplicas)
    return { replicas: input.minReplicas, reason: 'TooFewReplicas' };
  if (input.desiredReplicas > allowed) return { replicas: allowed, reason };
  return { replicas: input.desiredReplicas, reason: 'DesiredWithinRange' };
}

/** Where the new recommendation goes: over the last entry older than every window, else appended. */
function recordRecommendation(
  history: Timed<number>[],
  oldIndex: number,
  value: number,
  now: number,
): void {
  if (oldIndex >= 0) history[oldIndex] = { at: now, value };
  else history.push({ at: now, value });
}

/** Legacy downscale stabilisation (`stabilizeRecommendation`); mutates `history`. */
export function stabilizeLegacy(
  history: Timed<number>[],
  desired: number,
  windowSeconds: number,
  now: number,
): number {
  let result = desired;
  let oldIndex = -1;
  history.forEach((entry, index) => {
    if (now - entry.at >= windowSeconds) oldIndex = index;
    else if (entry.value > result) result = entry.value;
  });
  recordRecommendation(history, oldIndex, desired, now);
  return result;
}

export interface StabilizedWithBehaviors {
  replicas: number;
  reason: 'ScaleUpStabilized' | 'ScaleDownStabilized';
}

/** `stabilizeRecommendationWithBehaviors`; mutates `history`. */
export function stabilizeWithBehaviors(input: {
  history: Timed<number>[];
  currentReplicas: number;
  desiredReplicas: number;
  scaleUpWindowSeconds: number;
  scaleDownWindowSeconds: number;
  now: number;
}): StabilizedWithBehaviors {
  const { desiredReplicas: desired, now } = input;
  let upFloor = desired;
  let downCeiling = desired;
  let oldIndex = -1;
  input.history.forEach((entry, index) => {
    const age = now - entry.at;
    if (age < input.scaleUpWindowSeconds) upFloor = Math.min(upFloor, entry.value);
    if (age < input.scaleDownWindowSeconds) downCeiling = Math.max(downCeiling, entry.value);
    if (age >= input.scaleUpWindowSeconds && age >= input.scaleDownWindowSeconds) oldIndex = index;
  });
  let replicas = input.currentReplicas;
  if (replicas < upFloor) replicas = upFloor;
  if (replicas > downCeiling) replicas = downCeiling;
  recordRecommendation(input.history, oldIndex, desired, now);
  return {
    replicas,
    reason: desired >= input.currentReplicas ? 'ScaleUpStabilized' : 'ScaleDownStabilized',
  };
}
