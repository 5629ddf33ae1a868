import type { ChartProfileId } from '@/core/chart/index.ts';
import type { Diagnostic, ValuesPath } from '@/core/diagnostics/index.ts';
import { isRecord } from '@/core/shared/is-record.ts';

/**
 * What the studio was given: one actor's values, the shipped chart's values with an `actors:`
 * list, or a helmfile whose `releases:` each render one chart.
 */
export type DocumentKind = 'single-actor' | 'actors-list' | 'helmfile';

/** One actor of a document, as the single-actor pipeline renders it. */
export interface ActorSlice {
  /** The actor's own `name` as written ('' when it has none). */
  name: string;
  /** How problems and the navigator name the actor: its name, or `#<position>` when unnamed. */
  label: string;
  /** Document path of the map that holds the actor's own values (`[]`, `actors.1`, `releases.0.values.0`). */
  prefix: ValuesPath;
  /** The values the single-actor chart stage reads for this actor (inheritance already applied). */
  values: unknown;
  profile: ChartProfileId;
  /** Helm release name: from the helmfile release, else the caller's choice. */
  releaseName?: string;
  /** Helm release namespace (`helm -n`): from the helmfile release. */
  releaseNamespace?: string;
  /** asya-actor multi-actor mode: the release-wide `app.kubernetes.io/name` label. */
  appLabelName?: string;
  /** asya-actor multi-actor mode: the template error that stops the whole release, if any. */
  releaseError?: string;
  /**
   * Top-level keys of `values` whose value is not the actor's own: the document path it comes
   * from (`namespace` → `namespace`, `scaling` → `default.scaling`).
   */
  inherited: Record<string, ValuesPath>;
}

/** A document split into actors, with the problems found while splitting (document paths). */
export interface SplitDocument {
  kind: DocumentKind;
  actors: ActorSlice[];
  diagnostics: Diagnostic[];
}

/** The document path of a path inside an actor's values: inherited keys point where they come from. */
export function documentPath(slice: ActorSlice, path: ValuesPath): ValuesPath {
  const [head] = path;
  const origin =
    typeof head === 'string' && Object.hasOwn(slice.inherited, head)
      ? slice.inherited[head]
      : undefined;
  return origin ? [...origin, ...path.slice(1)] : [...slice.prefix, ...path];
}

/** Where an inherited value comes from, in words ("from the root namespace", "from default.scaling"). */
export function inheritedFrom(slice: ActorSlice, path: ValuesPath): string | undefined {
  const [head] = path;
  if (typeof head !== 'string' || !Object.hasOwn(slice.inherited, head)) return undefined;
  const origin = slice.inherited[head] ?? [];
  const [root] = origin;
  return origin.length === 1 && typeof root === 'string'
    ? `from the root ${root}`
    : `from ${origin.map(String).join('.')}`;
}

/**
 * The document read as one actor's values, before the release stages have loaded: the studio
 * shows it at once, and the real split (an `actors:` list, a helmfile) follows with the analysis.
 */
export function singleActorSplit(values: unknown, profile: ChartProfileId): SplitDocument {
  const name = isRecord(values) ? values.name : undefined;
  const label = typeof name === 'string' ? name : '';
  return {
    kind: 'single-actor',
    actors: [{ name: label, label, prefix: [], values, profile, inherited: {} }],
    diagnostics: [],
  };
}
