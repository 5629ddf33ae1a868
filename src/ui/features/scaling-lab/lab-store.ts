import type { ScenarioInput, TimelineResult } from '@/core/autoscaling/index.ts';
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
 * The lab's own state. It lives outside React so it survives switching tabs. The scenario is not
 * here: the workspace owns it (see use-scenario.ts).
 */
export interface LabState {
  modelSource: LabModelSource;
  playgroundFormula: string;
  /** Chart the playground formula (with the document's target, or 1) instead of the document's formula. */
  chartPlayground: boolean;
  sweep: { maxQueue: number; step: number; currentReplicas: number; explainQueue: number };
  run: SimulationRun;
}

/** The lab as it opens. */
export const initialLabState: LabState = {
  modelSource: 'document',
  playgroundFormula: 'queueLength > 100 ? ceil(queueLength / 20) : ceil(queueLength / 5)',
  chartPlayground: false,
  sweep: { maxQueue: 1000, step: 1, currentReplicas: 0, explainQueue: 37 },
  run: { status: 'idle' },
};

export const labStore = createStore<LabState>(initialLabState);

export function updateLab(patch: Partial<LabState>): void {
  labStore.setState((s) => ({ ...s, ...patch }));
}

export function useLab<T>(select: (state: LabState) => T): T {
  return useStoreSlice(labStore, select);
}
