import { useEffect, useMemo, useRef, useState } from 'react';
import {
  sweepReplicas,
  type ScalingModel,
  type SweepOptions,
  type SweepResult,
} from '@/core/autoscaling/index.ts';
import { keepWhileEqual, sameSweep, type SweepPlan } from '@/core/scaling-lab-view/index.ts';
import type { SweepRequest, SweepResponse } from './sweep.worker.ts';
import SweepWorker from './sweep.worker.ts?worker';

/** Below this many points the sweep runs in place (a few milliseconds); above it, in a worker. */
const inPlaceLimit = 50_000;

interface RemoteSweep {
  model: ScalingModel;
  options: SweepOptions;
  result: SweepResult | null;
  error: string | null;
}

/**
 * The sweep for a model and plan. Small sweeps are computed synchronously; large ones go to a
 * worker, and the previous curve stays on screen (marked pending) until the new one arrives.
 * A result equal to the one shown is replaced by it, so a model change that leaves the curve as
 * it was (a cooldown, a polling interval) does not redraw the chart.
 */
export function useSweep(
  model: ScalingModel,
  plan: SweepPlan,
): { result: SweepResult | null; pending: boolean; error: string | null } {
  const inPlace = plan.count <= inPlaceLimit;
  const [keepShown] = useState(() => keepWhileEqual(sameSweep));
  const direct = useMemo(
    () => (inPlace ? keepShown(sweepReplicas(model, plan.options)) : null),
    [inPlace, model, plan.options, keepShown],
  );
  const [remote, setRemote] = useState<RemoteSweep | null>(null);
  const workerRef = useRef<Worker | null>(null);
  const requests = useRef(new Map<number, { model: ScalingModel; options: SweepOptions }>());
  const latest = useRef(0);

  useEffect(() => {
    if (inPlace) return;
    if (!workerRef.current) {
      const worker = new SweepWorker();
      worker.onmessage = (event: MessageEvent<SweepResponse>) => {
        const message = event.data;
        const request = requests.current.get(message.id);
        requests.current.delete(message.id);
        // Only the newest request's answer is shown; older ones were already superseded.
        if (!request || message.id !== latest.current) return;
        setRemote({
          ...request,
          result: 'result' in message ? keepShown(message.result) : null,
          error: 'error' in message ? message.error : null,
        });
      };
      workerRef.current = worker;
    }
    const id = latest.current + 1;
    latest.current = id;
    requests.current.set(id, { model, options: plan.options });
    const request: SweepRequest = { id, model, options: plan.options };
    workerRef.current.postMessage(request);
  }, [inPlace, model, plan.options, keepShown]);

  useEffect(
    () => () => {
      workerRef.current?.terminate();
      workerRef.current = null;
    },
    [],
  );

  if (direct) return { result: direct, pending: false, error: null };
  const pending = remote === null || remote.model !== model || remote.options !== plan.options;
  return { result: remote?.result ?? null, pending, error: remote?.error ?? null };
}
