import type { ActorSlice, SplitDocument } from './actor-slice.ts';

/** The error for an `--actor` name the document does not hold, naming the actors it does. */
export function noSuchActor(labels: readonly string[], actor: string): string {
  return `no actor named "${actor}" in the document (actors: ${labels.length === 0 ? 'none' : labels.join(', ')})`;
}

/** The one actor a command works on: the only one, or the one `actor` names; else an error naming them. */
export function selectActor(split: SplitDocument, actor?: string): ActorSlice | { error: string } {
  const labels = split.actors.map((slice) => slice.label);
  if (actor !== undefined) {
    const found = split.actors.find((slice) => slice.label === actor);
    return found ?? { error: noSuchActor(labels, actor) };
  }
  const [only, ...others] = split.actors;
  if (only && others.length === 0) return only;
  return {
    error:
      only === undefined
        ? 'the document holds no actor'
        : `the document holds ${labels.length} actors (${labels.join(', ')}); choose one with --actor`,
  };
}
