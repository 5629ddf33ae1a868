import { useMemo } from 'react';
import { actorSummaries, type ActorSummary, type DocumentKind } from '@/core/release/index.ts';
import { useStudioSlice } from './studio-context.tsx';

/**
 * The rows of the navigator and the release overview: every actor with its status, or, while a
 * large document just opened is still being read, its actors as its lines show them.
 */
export function useActorSummaries(): {
  kind: DocumentKind;
  summaries: ActorSummary[];
  /** Listed from the lines of a text not read yet: no edits of its actors until it is read. */
  fromLines: boolean;
} {
  const split = useStudioSlice((s) => s.derived.split);
  const outline = useStudioSlice((s) => s.derived.outline);
  const release = useStudioSlice((s) => s.derived.analysis?.release);
  const diagnostics = useStudioSlice((s) => s.derived.diagnostics);
  return useMemo(
    () =>
      outline
        ? { kind: outline.kind, summaries: outline.actors, fromLines: true }
        : {
            kind: split.kind,
            summaries: actorSummaries(split.kind, split.actors, release, diagnostics),
            fromLines: false,
          },
    [outline, split, release, diagnostics],
  );
}
