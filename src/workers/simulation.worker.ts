import {
  simulateTimeline,
  type Scenario,
  type ScalingModel,
  type TimelineResult,
} from '@/core/autoscaling/index.ts';

/** Messages to the worker. A run is cancelled by terminating the worker: the simulation is one synchronous loop. */
export type SimulationRequest = {
  type: 'run';
  id: number;
  model: ScalingModel;
  scenario: Scenario;
};

/** Messages from the worker, tagged with the id of the run they belong to. */
export type SimulationResponse =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'done'; id: number; result: TimelineResult }
  | { type: 'error'; id: number; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<SimulationRequest>) => void) | null;
  postMessage(message: SimulationResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type !== 'run') return;
  const { id } = request;
  try {
    const result = simulateTimeline(request.model, request.scenario, {
      onProgress: (fraction) => scope.postMessage({ type: 'progress', id, fraction }),
    });
    // The series are large typed arrays: hand their buffers over instead of copying them.
    const buffers = Object.values(result.series).map(
      (array) => (array as Float64Array | Int32Array).buffer,
    );
    scope.postMessage({ type: 'done', id, result }, buffers);
  } catch (error) {
    scope.postMessage({
      type: 'error',
      id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
