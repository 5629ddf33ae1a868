import { formatDuration } from './axis-ticks.ts';

/** One change of the replica count while scaling up, timed from activation. */
export interface ScaleUpStep {
  /** Seconds after the first non-zero replica count (KEDA's activation). */
  atSeconds: number;
  replicas: number;
}

/**
 * The scale-up staircase in a desired-replica series: activation, then each increase, until
 * the count first stops rising (max reached or the burst drained). Decreases end the list.
 */
export function scaleUpSteps(desired: ArrayLike<number>): ScaleUpStep[] {
  const steps: ScaleUpStep[] = [];
  let start = -1;
  let previous = 0;
  for (let t = 0; t < desired.length; t += 1) {
    const value = desired[t] as number;
    if (start < 0) {
      if (value > 0) {
        start = t;
        steps.push({ atSeconds: 0, replicas: value });
        previous = value;
      }
      continue;
    }
    if (value < previous) break;
    if (value > previous) steps.push({ atSeconds: t - start, replicas: value });
    previous = value;
  }
  return steps;
}

export interface BurstComparisonRow {
  replicas: number;
  simulatedSeconds: number | null;
  expectedSeconds: number | null;
}

export interface BurstComparison {
  rows: BurstComparisonRow[];
  /** The staircase as "1 → 11 → 22 → 44 → 50". */
  staircase: string;
  /** Seconds from activation to the highest count reached; null when nothing scaled. */
  toPeakSeconds: number | null;
  sentence: string;
}

/**
 * The simulated staircase next to the reference's expected one and the Asya docs' claim:
 * rows per replica count, and one sentence that says how long the way to the top really takes.
 */
export function compareBurst(
  simulated: readonly ScaleUpStep[],
  expected: readonly ScaleUpStep[],
  claim: { text: string },
): BurstComparison {
  const counts = [
    ...new Set([...expected.map((s) => s.replicas), ...simulated.map((s) => s.replicas)]),
  ].sort((a, b) => a - b);
  const rows = counts.map((replicas) => ({
    replicas,
    simulatedSeconds: simulated.find((s) => s.replicas === replicas)?.atSeconds ?? null,
    expectedSeconds: expected.find((s) => s.replicas === replicas)?.atSeconds ?? null,
  }));
  const top = simulated[simulated.length - 1];
  const staircase = simulated.map((s) => s.replicas).join(' → ');
  const sentence = top
    ? `Simulated: 0 → ${top.replicas} takes ${formatDuration(top.atSeconds)} after activation (${staircase}); the Asya docs say "${claim.text}".`
    : `Nothing scaled up in this run; the Asya docs say "${claim.text}".`;
  return { rows, staircase, toPeakSeconds: top ? top.atSeconds : null, sentence };
}
