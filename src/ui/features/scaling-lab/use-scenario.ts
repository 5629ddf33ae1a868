import { useCallback, useSyncExternalStore } from 'react';
import type { ScenarioInput } from '@/core/autoscaling/index.ts';
import { defaultScenario, editedScenario } from '@/core/scaling-lab-view/index.ts';
import { createStore } from '@/ui/state/create-store.ts';
import { useWorkspaceSession } from '@/ui/state/workspace-context.ts';

/** Where the scenario lives when the lab is rendered without a workspace (a panel in isolation). */
const isolated = createStore<unknown>(defaultScenario);

/**
 * The scenario and its setter. The active workspace owns it (saved, switched and shared with the
 * workspace), so it is stored in one place; the editor may hold a half-typed scenario there.
 */
export function useScenario(): [ScenarioInput, (scenario: ScenarioInput) => void] {
  const workspaces = useWorkspaceSession();
  const subscribe = workspaces ? workspaces.session.subscribe : isolated.subscribe;
  const saved = useSyncExternalStore(subscribe, () =>
    workspaces ? workspaces.savedScenario() : isolated.getState(),
  );
  const set = useCallback(
    (scenario: ScenarioInput) => {
      if (workspaces) {
        if (workspaces.savedScenario() !== scenario) workspaces.saveScenario(scenario);
      } else isolated.setState(() => scenario);
    },
    [workspaces],
  );
  return [editedScenario(saved), set];
}
