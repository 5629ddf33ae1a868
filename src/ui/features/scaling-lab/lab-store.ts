import type { ScenarioInput, TimelineResult } from '@/core/autoscaling/index.ts';
import { defaultScenario } from '@/core/scaling-lab-view/index.ts';
import { createStore, useStoreSlice } from '@/ui/state/create-store.ts';

/** Which values drive the time simulation: the document, or the burst preset's own values. */
export type LabModelSource = 'document' | 'burst-preset';

export type SimulationRun =
  | { status: 'idle' }
  | { status: 'running'; id: number; fraction: number; scenario: ScenarioInput }
  | {
      status: 'done';
      id: number;
      result: TimelineResult;
      source: LabModelSource;
      scenario: ScenarioInput;
    }
  | { status: 'error'; id: number; message: string }
  | { status: 'cancelled'; id: number };

/**
 * The lab's own state. It lives outside React so it survives switching tabs, and so the
 * workspace can save and restore the scenario without mounting the panel.
 */
export interface LabState {
  /** The scenario as edited; it may fail `scenarioSchema` while a field is half-typed. */
  scenario: ScenarioInput;
  modelSource: LabModelSource;
  playgroundFormula: string;
  /** Chart the playground formula (with the document's target, or 1) instead of the document's formula. */
  chartPlayground: boolean;
  sweep: { maxQueue: number; step: number; currentReplicas: number; explainQueue: number };
  run: SimulationRun;
}

export const labStore = createStore<LabState>({
  scenario: defaultScenario,
  modelSource: 'document',
  playgroundFormula: 'queueLength > 100 ? ceil(queueLength / 20) : ceil(queueLength / 5)',
  chartPlayground: false,
  sweep: { maxQueue: 1000, step: 1, currentReplicas: 0, explainQueue: 37 },
  run: { status: 'idle' },
});

export function updateLab(patch: Partial<LabState>): void {
  labStore.setState((s) => ({ ...s, ...patch }));
}

export function useLab<T>(select: (state: LabState) => T): T {
  return useStoreSlice(labStore, select);
}

/** The scenario to save with the workspace (plain data, the input shape of `scenarioSchema`). */
export function getScenario(): ScenarioInput {
  return labStore.getState().scenario;
}

/** Restores a saved scenario (validate it with `scenarioSchema.safeParse` first); the lab's charts keep the last run until the next Run. */
export function setScenario(scenario: ScenarioInput): void {
  labStore.setState((s) => (s.scenario === scenario ? s : { ...s, scenario }));
}

/** Calls `listener` after every scenario change (to mark the workspace dirty or autosave). */
export function subscribeScenario(listener: (scenario: ScenarioInput) => void): () => void {
  let last = labStore.getState().scenario;
  return labStore.subscribe(() => {
    const next = labStore.getState().scenario;
    if (next !== last) {
      last = next;
      listener(next);
    }
  });
}

/** The scenario and its setter, for components. */
export function useScenario(): [ScenarioInput, (scenario: ScenarioInput) => void] {
  return [useLab((s) => s.scenario), setScenario];
}
