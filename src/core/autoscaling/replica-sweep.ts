import { desiredReplicasAt, prepareModel } from './replica-decision.ts';
import type { ScalingModel } from './scaling-model.ts';

export interface SweepOptions {
  from: number;
  to: number;
  /** Distance between points; the point count is capped at `maxSweepPoints`. */
  step: number;
  /** Current pods for the HPA tolerance band; omitted = scaling from scratch (no band). */
  currentReplicas?: number;
}

export interface SweepMarker {
  queue: number;
  replicas: number;
  label: string;
}

export interface SweepResult {
  queue: Float64Array;
  replicas: Int32Array;
  markers: SweepMarker[];
  /** Set when the formula could not be compiled (the sweep then shows the plain trigger). */
  formulaError: string | null;
}

export const maxSweepPoints = 5_000_000;
const maxMarkers = 200;

/**
 * Desired replicas for queue lengths from..to. The formula is compiled once and evaluated on a
 * reused slot; results go into typed arrays, so a million points stay fast.
 */
export function sweepReplicas(model: ScalingModel, options: SweepOptions): SweepResult {
  const step = options.step > 0 && Number.isFinite(options.step) ? options.step : 1;
  const span = Math.max(0, options.to - options.from);
  const count = Math.min(maxSweepPoints, Math.floor(span / step + 1e-9) + 1);
  const queue = new Float64Array(count);
  const replicas = new Int32Array(count);
  const prepared = prepareModel(model);
  const markers: SweepMarker[] = [];
  let previous = Number.NaN;
  for (let i = 0; i < count; i += 1) {
    const q = options.from + i * step;
    const r = desiredReplicasAt(prepared, q, options.currentReplicas);
    queue[i] = q;
    replicas[i] = r;
    if (r !== previous && markers.length < maxMarkers) {
      if (Number.isNaN(previous)) {
        if (r > 0)
          markers.push({
            queue: q,
            replicas: r,
            label: `${r} pod${r === 1 ? '' : 's'} at queue ${q}`,
          });
      } else if (previous === 0) {
        markers.push({
          queue: q,
          replicas: r,
          label: r === 1 ? `first pod at queue ${q}` : `first ${r} pods at queue ${q}`,
        });
      } else if (r === model.maxReplicas && r > previous) {
        markers.push({ queue: q, replicas: r, label: `max ${r} reached at queue ${q}` });
      } else {
        markers.push({ queue: q, replicas: r, label: `${r} pods from queue ${q}` });
      }
    }
    previous = r;
  }
  return { queue, replicas, markers, formulaError: prepared.formulaError };
}
