/**
 * What the shipped asya-actor chart evaluates once per release in multi-actor mode: the loop over
 * `actors` and, on the root values (`$`), the shared labels and the test hooks. Helm renders every
 * template before it prints anything, so an error here stops `helm template` for every actor.
 * deliveryhero/asya:deploy/helm-charts/asya-actor/templates/asyncactor.yaml and templates/tests/
 */
import { checkAsyaActorHooks } from './asya-actor-hooks.ts';
import { chartDefaults } from './chart-profile.ts';
import { checkPlain, coalesceValues } from './coalesce-values.ts';
import { goTruthy, goTypeName, ChartTemplateError } from './go-values.ts';
import { goRange, truncArgument } from './go-template-eval.ts';
import { isRecord } from '@/core/shared/is-record.ts';

const asyncActorTemplate = { file: 'asya-actor/templates/asyncactor.yaml' };
const helpersTemplate = { file: 'asya-actor/templates/_helpers.tpl' };

/** Go's `<` on strings compares bytes of UTF-8, which orders as code points do (not as UTF-16 units). */
function goStringLess(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const diff = (left[i]?.codePointAt(0) ?? 0) - (right[i]?.codePointAt(0) ?? 0);
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}

/**
 * The items `range $actors` visits, each with its key: a list in order, a map's values in sorted
 * key order (text/template sorts the keys of a map it ranges over); anything else is no list.
 */
export function asyaActorItems(actors: unknown): [key: string | number, item: unknown][] {
  if (Array.isArray(actors)) return actors.map((item: unknown, index) => [index, item]);
  if (!isRecord(actors)) return [];
  return Object.keys(actors)
    .sort(goStringLess)
    .map((key) => [key, actors[key]]);
}

/**
 * The first template error of a multi-actor release (the root values hold a non-empty `actors`),
 * or undefined when the release renders. Errors inside one actor's own blocks (`$scaling.enabled`
 * of a scaling that is not a map) are that actor's render's to find.
 */
export function asyaActorReleaseError(
  root: Record<string, unknown>,
): ChartTemplateError | undefined {
  // Only read here: the values are checked as a copy would check them, not copied (every
  // keystroke in a document of many actors comes here with all of them).
  const values = coalesceValues(root, chartDefaults('asya-actor'), checkPlain);
  try {
    goRange(asyncActorTemplate, values, ['actors']);
    for (const [key, item] of asyaActorItems(values.actors)) {
      // `$actor.namespace`: a field of nil is nil, of anything but a map an error.
      if (item !== null && item !== undefined && !isRecord(item))
        throw new ChartTemplateError(
          `template: ${asyncActorTemplate.file}: at <$actor.namespace>: can't evaluate field namespace in type ${goTypeName(item)}`,
          ['actors', key],
        );
    }
    // `include "asya-actor.labels" $`: `.Values.name | default .Chart.Name | trunc 63`.
    if (goTruthy(values.name)) truncArgument(helpersTemplate, values.name, ['name']);
    checkAsyaActorHooks(values);
    return undefined;
  } catch (error) {
    if (error instanceof ChartTemplateError) return error;
    throw error;
  }
}
