import type { Scenario, ScenarioInput, ScalingModel } from '@/core/autoscaling/index.ts';
import type { SimulationResponse } from '@/workers/simulation.worker.ts';
import SimulationWorker from '@/workers/simulation.worker.ts?worker';
import { labStore, type LabModelSource, type SimulationRun } from './lab-store.ts';

let worker: Worker | null = null;
let nextId = 1;

function setRun(run: SimulationRun): void {
  labStore.setState((s) => ({ ...s, run }));
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const created = new SimulationWorker();
  created.onmessage = (event: MessageEvent<SimulationResponse>) => {
    const message = event.data;
    const run = labStore.getState().run;
    // Answers of an older run (replaced or cancelled) are dropped.
    if (run.status !== 'running' || run.id !== message.id) return;
    if (message.type === 'progress') setRun({ ...run, fraction: message.fraction });
    else if (message.type === 'done')
      setRun({
        status: 'done',
        id: message.id,
        result: message.result,
        source: pendingSource,
        scenario: run.scenario,
      });
    else setRun({ status: 'error', id: message.id, message: message.message });
  };
  created.onerror = (event) => {
    const run = labStore.getState().run;
    if (run.status === 'running')
      setRun({
        status: 'error',
        id: run.id,
        message: event.message || 'the simulation worker failed',
      });
    worker?.terminate();
    worker = null;
  };
  worker = created;
  return created;
}

let pendingSource: LabModelSource = 'document';

/**
 * Starts a simulation in the worker; a run already going is abandoned. `input` is the scenario
 * as edited, kept with the result so the panel can tell when the editor has moved on.
 */
export function runSimulation(
  model: ScalingModel,
  scenario: Scenario,
  source: LabModelSource,
  input: ScenarioInput,
): void {
  const run = labStore.getState().run;
  if (run.status === 'running') cancelSimulation();
  const id = nextId++;
  pendingSource = source;
  setRun({ status: 'running', id, fraction: 0, scenario: input });
  ensureWorker().postMessage({ type: 'run', id, model, scenario });
}

/** Stops the run at once: the simulation is one synchronous loop, so the worker is ended and made anew next time. */
export function cancelSimulation(): void {
  const run = labStore.getState().run;
  worker?.terminate();
  worker = null;
  if (run.status === 'running') setRun({ status: 'cancelled', id: run.id });
}
