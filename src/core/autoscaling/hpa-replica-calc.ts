/**
 * The HPA's replica proposals for external/object metrics, in int64 milli-units as the
 * controller computes them (kubernetes/kubernetes:pkg/controller/podautoscaler/replica_calculator.go,
 * keda-hpa.md §2.2–2.3).
 */

/** Per-direction tolerance: no change while (1 − down) ≤ ratio ≤ (1 + up), both ends inclusive. */
export interface Tolerances {
  down: number;
  up: number;
}

/** kube-controller-manager `--horizontal-pod-autoscaler-tolerance` default. */
export const defaultTolerances: Tolerances = { down: 0.1, up: 0.1 };

const maxInt32 = 2 ** 31 - 1;

export function isWithinTolerance(ratio: number, tolerances: Tolerances): boolean {
  return 1 - tolerances.down <= ratio && ratio <= 1 + tolerances.up;
}

/** Go converts a float64 beyond int32 with a cap in the calculator; ceil first, then cap. */
function ceilCapped(value: number): number {
  const rounded = Math.ceil(value);
  if (Number.isNaN(rounded)) return maxInt32;
  return Math.min(rounded, maxInt32);
}

const maxInt64 = 2n ** 63n - 1n;

/** Exact int64 sum of the metric items, saturating at the int64 bounds instead of wrapping. */
export function sumMilliExact(items: readonly (number | string)[]): bigint {
  let total = 0n;
  for (const item of items)
    total += BigInt(typeof item === 'string' ? item.trim() : Math.trunc(item));
  return total > maxInt64 ? maxInt64 : total < -maxInt64 - 1n ? -maxInt64 - 1n : total;
}

/** The sum as float64, like Go's float64(usage). */
function sumMilli(items: readonly (number | string)[]): number {
  return Number(sumMilliExact(items));
}

/** A milli value for reports: a number while exact, text beyond 2^53 (conventions.bigIntegers). */
export function milliForReport(value: bigint): number | string {
  return value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)
    ? value.toString()
    : Number(value);
}

/** A metric value in milli-units as KEDA serves it: `int64(value × 1000)`, non-finite or negative → 0. */
export function toMilli(value: number): number {
  if (!Number.isFinite(value) || value < 0) return 0;
  return Math.trunc(value * 1000);
}

/** Tolerance rule on a precomputed usage ratio (`getUsageRatioReplicaCount`, all pods ready). */
export function replicasFromUsageRatio(
  currentReplicas: number,
  readyPods: number,
  usageRatio: number,
  tolerances: Tolerances,
): number {
  if (isWithinTolerance(usageRatio, tolerances)) return currentReplicas;
  return ceilCapped(usageRatio * readyPods);
}

export interface ValueProposal {
  replicas: number;
  usageMilli: number;
  /** Why: 'from-zero' (no tolerance), 'within-tolerance', or 'scaled'. */
  rule: 'from-zero' | 'within-tolerance' | 'scaled';
}

/** External/Object metric with target type Value (`GetExternalMetricReplicas`). */
export function valueProposal(input: {
  currentReplicas: number;
  readyPods: number;
  metricMilli: readonly (number | string)[];
  targetMilli: number;
  tolerances: Tolerances;
}): ValueProposal {
  const usageMilli = sumMilli(input.metricMilli);
  const ratio = usageMilli / input.targetMilli;
  if (input.currentReplicas === 0)
    return { replicas: ceilCapped(ratio), usageMilli, rule: 'from-zero' };
  if (isWithinTolerance(ratio, input.tolerances))
    return { replicas: input.currentReplicas, usageMilli, rule: 'within-tolerance' };
  return { replicas: ceilCapped(ratio * input.readyPods), usageMilli, rule: 'scaled' };
}

export interface AverageValueProposal {
  replicas: number;
  usagePerPodMilli: number;
  rule: 'within-tolerance' | 'scaled';
}

/** External/Object metric with target type AverageValue (`GetExternalPerPodMetricReplicas`). */
export function averageValueProposal(input: {
  statusReplicas: number;
  metricMilli: readonly (number | string)[];
  targetAverageMilli: number;
  tolerances: Tolerances;
}): AverageValueProposal {
  const usage = sumMilli(input.metricMilli);
  const ratio = usage / (input.targetAverageMilli * input.statusReplicas);
  const within = isWithinTolerance(ratio, input.tolerances);
  const replicas = within ? input.statusReplicas : ceilCapped(usage / input.targetAverageMilli);
  return {
    replicas,
    usagePerPodMilli: Math.ceil(usage / input.statusReplicas),
    rule: within ? 'within-tolerance' : 'scaled',
  };
}
