import type { ValuesPath } from '@/core/diagnostics/index.ts';
import { documentPath, type ActorSlice } from '@/core/release/actor-slice.ts';
import type { StudioState } from './studio-store.ts';

/** The actor the form, the preview and the lab show (undefined when the document holds none). */
export function selectedSlice(s: StudioState): ActorSlice | undefined {
  const { actors } = s.derived.split;
  return actors[Math.max(0, Math.min(s.actor, actors.length - 1))];
}

/** A path inside the selected actor's values as a path of the document (itself for one actor's values). */
export function selectedDocumentPath(s: StudioState, path: ValuesPath): ValuesPath {
  const slice = selectedSlice(s);
  return slice && s.derived.split.kind !== 'single-actor' ? documentPath(slice, path) : path;
}

/** The selected actor's values, as the single-actor views (the lab, the formula) read them. */
export function selectedValues(s: StudioState): unknown {
  return selectedSlice(s)?.values ?? s.derived.values;
}

/** The chart the selected actor is rendered with. */
export function selectedProfile(s: StudioState): StudioState['profile'] {
  return selectedSlice(s)?.profile ?? s.profile;
}
