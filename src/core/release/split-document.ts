import type { ChartProfileId } from '@/core/chart/index.ts';
import { goTruthy } from '@/core/chart/go-values.ts';
import { isRecord } from '@/core/shared/is-record.ts';
import type { ActorSlice, DocumentKind, SplitDocument } from './actor-slice.ts';
import { splitChartValues, type SplitChart } from './split-chart-values.ts';
import { splitHelmfile } from './split-helmfile.ts';

/**
 * Which of the three documents the values are: a helmfile has a `releases:` list, the shipped
 * chart's multi-actor values a non-empty `actors:` (only that chart reads it), anything else is
 * one actor's values.
 */
export function documentKind(values: unknown): DocumentKind {
  if (!isRecord(values)) return 'single-actor';
  if (Array.isArray(values.releases)) return 'helmfile';
  return goTruthy(values.actors) ? 'actors-list' : 'single-actor';
}

/** Labels in document order: an actor's name, or `#<position>` (1-based) when it has none. */
function labelled(split: SplitChart): ActorSlice[] {
  return split.actors.map((actor, index) => ({
    ...actor,
    label: actor.name === '' ? `#${index + 1}` : actor.name,
  }));
}

/**
 * Splits a document into its actors. `profile` is the chart a single actor's values are rendered
 * with; an `actors:` list is always the shipped asya-actor chart's, and a helmfile release's chart
 * is named by its `chart` path.
 */
export function splitDocument(values: unknown, profile: ChartProfileId): SplitDocument {
  const kind = documentKind(values);
  const split =
    kind === 'helmfile' && isRecord(values) && Array.isArray(values.releases)
      ? splitHelmfile(values.releases)
      : splitChartValues(values, {
          profile: kind === 'actors-list' ? 'asya-actor' : profile,
          base: [],
          keyOrigins: {},
        });
  return { kind, actors: labelled(split), diagnostics: split.diagnostics };
}
