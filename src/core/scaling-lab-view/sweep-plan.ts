import {
  formatNumber,
  type SweepMarker,
  type SweepOptions,
  type SweepResult,
} from '@/core/autoscaling/index.ts';

/** The most points the lab sweeps at once (queue 0…1,000,000 by 1); the chart and table stay smooth at this size. */
export const maxLabPoints = 1_000_001;

export interface SweepPlan {
  options: SweepOptions;
  count: number;
  /** Set when the inputs were adjusted (step raised to stay within the point limit, bad numbers). */
  note?: string;
}

/** Sweep options for queue 0…maxQueue by step, kept within `maxLabPoints`. */
export function planSweep(maxQueue: number, step: number, currentReplicas?: number): SweepPlan {
  const notes: string[] = [];
  let to = Number.isFinite(maxQueue) && maxQueue > 0 ? maxQueue : 0;
  if (to !== maxQueue) notes.push('the largest queue length must be a number above 0; 0 is used');
  if (to > 1e12) {
    to = 1e12;
    notes.push('queue lengths are capped at 10¹²');
  }
  let by = Number.isFinite(step) && step > 0 ? step : 1;
  if (by !== step) notes.push('the step must be a number above 0; 1 is used');
  if (Math.floor(to / by + 1e-9) + 1 > maxLabPoints) {
    by = Math.ceil(to / (maxLabPoints - 1));
    notes.push(
      `at most ${maxLabPoints.toLocaleString('en-US')} points: the step is raised to ${by}`,
    );
  }
  const count = Math.floor(to / by + 1e-9) + 1;
  const current =
    currentReplicas !== undefined && Number.isInteger(currentReplicas) && currentReplicas > 0
      ? currentReplicas
      : undefined;
  return {
    options: { from: 0, to, step: by, currentReplicas: current },
    count,
    note: notes.length ? notes.join('; ') : undefined,
  };
}

/** The row of the sweep nearest a queue length. */
export function sweepIndexOf(options: SweepOptions, count: number, queue: number): number {
  if (count <= 0) return 0;
  return Math.min(count - 1, Math.max(0, Math.round((queue - options.from) / options.step)));
}

/**
 * The markers worth drawing: the first pod, max reached, and at most `limit` steps in between,
 * evenly picked so a formula with hundreds of steps does not bury the curve.
 */
export function chartMarkers(markers: readonly SweepMarker[], limit = 12): SweepMarker[] {
  if (markers.length <= limit) return [...markers];
  const keep = new Set<number>([0, markers.length - 1]);
  const stride = (markers.length - 1) / (limit - 1);
  for (let i = 1; i < limit - 1; i += 1) keep.add(Math.round(i * stride));
  return markers.filter((_, i) => keep.has(i));
}

/** One sentence describing the curve, for screen readers and as the chart's caption. */
export function sweepCaption(sweep: SweepResult, maxReplicas: number): string {
  const count = sweep.queue.length;
  if (count === 0) return 'No queue lengths to show.';
  const from = formatNumber(sweep.queue[0] as number);
  const to = formatNumber(sweep.queue[count - 1] as number);
  const parts = [
    `Desired replicas for queue lengths ${from} to ${to} (${count.toLocaleString('en-US')} points)`,
  ];
  const firstPod = sweep.markers.find((m) => m.replicas > 0);
  let peak = 0;
  for (let i = 0; i < count; i += 1) peak = Math.max(peak, sweep.replicas[i] as number);
  const details: string[] = [];
  details.push(`${sweep.replicas[0]} at queue ${from}`);
  if (firstPod) details.push(`first pod at queue ${formatNumber(firstPod.queue)}`);
  const maxAt = sweep.markers.find((m) => m.replicas === maxReplicas && maxReplicas > 0);
  if (maxAt) details.push(`max ${maxReplicas} reached at queue ${formatNumber(maxAt.queue)}`);
  else details.push(`${peak} at most (max ${maxReplicas} not reached)`);
  details.push(`${sweep.replicas[count - 1]} at queue ${to}`);
  return `${parts[0]}: ${details.join(', ')}.`;
}

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** Whether two sweeps show the same thing (points, markers, formula error), so the chart can stay. */
export function sameSweep(a: SweepResult, b: SweepResult): boolean {
  return (
    a.formulaError === b.formulaError &&
    a.markers.length === b.markers.length &&
    a.markers.every(
      (m, i) =>
        m.queue === b.markers[i]?.queue &&
        m.replicas === b.markers[i]?.replicas &&
        m.label === b.markers[i]?.label,
    ) &&
    sameArray(a.replicas, b.replicas) &&
    sameArray(a.queue, b.queue)
  );
}
