import {
  sweepReplicas,
  type ScalingModel,
  type SweepOptions,
  type SweepResult,
} from '@/core/autoscaling/index.ts';

/** A sweep request; the newest id wins, older answers are dropped by the caller. */
export type SweepRequest = { id: number; model: ScalingModel; options: SweepOptions };
export type SweepResponse = { id: number; result: SweepResult } | { id: number; error: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<SweepRequest>) => void) | null;
  postMessage(message: SweepResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

// A million points take a few hundred milliseconds; here they never block typing.
scope.onmessage = (event) => {
  const { id, model, options } = event.data;
  try {
    const result = sweepReplicas(model, options);
    scope.postMessage({ id, result }, [result.queue.buffer, result.replicas.buffer]);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
