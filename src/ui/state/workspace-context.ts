import { createContext, useContext } from 'react';
import type { WorkspaceSession } from './workspace-session.ts';

export const WorkspaceContext = createContext<WorkspaceSession | undefined>(undefined);

/** The workspace session of the nearest provider, if any (panels work without one in isolation). */
export function useWorkspaceSession(): WorkspaceSession | undefined {
  return useContext(WorkspaceContext);
}
