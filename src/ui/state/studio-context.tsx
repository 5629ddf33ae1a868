import { createContext, useContext } from 'react';
import type { StudioState, StudioStore } from './studio-store.ts';
import { useStudio } from './studio-store.ts';

export const StudioContext = createContext<StudioStore | undefined>(undefined);

/** The studio store of the nearest provider. */
export function useStudioStore(): StudioStore {
  const studio = useContext(StudioContext);
  if (!studio) throw new Error('useStudioStore outside StudioContext');
  return studio;
}

/** One slice of the studio state, re-rendering only when it changes. */
export function useStudioSlice<T>(select: (state: StudioState) => T): T {
  return useStudio(useStudioStore(), select);
}
