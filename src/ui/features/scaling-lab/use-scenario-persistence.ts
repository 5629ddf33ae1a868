import { useEffect } from 'react';
import { scenarioSchema } from '@/core/autoscaling/index.ts';
import { useWorkspaceSession } from '@/ui/state/workspace-context.ts';
import { getScenario, setScenario, subscribeScenario } from './lab-store.ts';

/**
 * Keeps the lab's scenario in the active workspace: restores the saved one (when it is still a
 * valid scenario), follows workspace switches, and saves every change.
 */
export function useScenarioPersistence(): void {
  const workspaces = useWorkspaceSession();
  useEffect(() => {
    if (!workspaces) return;
    const restore = () => {
      const saved = workspaces.savedScenario();
      if (saved !== undefined && saved !== getScenario() && scenarioSchema.safeParse(saved).success)
        setScenario(saved as ReturnType<typeof getScenario>);
    };
    restore();
    let activeId = workspaces.session.getState().workspaces.activeId;
    const stopFollowing = workspaces.session.subscribe(() => {
      const next = workspaces.session.getState().workspaces.activeId;
      if (next !== activeId) {
        activeId = next;
        restore();
      }
    });
    const stopSaving = subscribeScenario((scenario) => workspaces.saveScenario(scenario));
    return () => {
      stopFollowing();
      stopSaving();
    };
  }, [workspaces]);
}
