import {
  asyaActorItems,
  asyaActorReleaseError,
  chartDefaults,
  templateError,
  type ChartProfileId,
} from '@/core/chart/index.ts';
import { coalesceValues } from '@/core/chart/coalesce-values.ts';
import { goString, goTruthy } from '@/core/chart/go-values.ts';
import { isRecord } from '@/core/shared/is-record.ts';
import type { Diagnostic, ValuesPath } from '@/core/diagnostics/index.ts';
import type { ActorSlice } from './actor-slice.ts';
import { actorNotAMap, actorsAMap, actorsNotAList, actorWithoutName } from './release-problems.ts';

/** Where the values of one chart render sit in the document, and the release they belong to. */
export interface ChartContext {
  profile: ChartProfileId;
  /** Document path of the values map (`[]`, or `releases.0.values.0` in a helmfile). */
  base: ValuesPath;
  /** Document paths of top-level keys that come from another inline map of the same release. */
  keyOrigins: Record<string, ValuesPath>;
  releaseName?: string;
  releaseNamespace?: string;
}

export interface SplitChart {
  actors: Omit<ActorSlice, 'label'>[];
  diagnostics: Diagnostic[];
}

/**
 * Keys an item takes from the root when its own value is empty (Go-falsy), as the template's
 * `$actor.X | default $.Values.Y` lines do; `healthChecks` only feeds the chart's test hooks.
 * deliveryhero/asya:deploy/helm-charts/asya-actor/templates/asyncactor.yaml
 */
const inheritedKeys: readonly [key: string, rootKey: string, rest: ValuesPath][] = [
  ['namespace', 'namespace', []],
  ['transport', 'transport', []],
  ['scaling', 'default', ['scaling']],
  ['workload', 'default', ['workload']],
];

function withRelease(
  context: ChartContext,
): Pick<ActorSlice, 'profile' | 'releaseName' | 'releaseNamespace'> {
  return {
    profile: context.profile,
    ...(context.releaseName !== undefined ? { releaseName: context.releaseName } : {}),
    ...(context.releaseNamespace !== undefined
      ? { releaseNamespace: context.releaseNamespace }
      : {}),
  };
}

/** The root's own document path for a top-level key (another inline map may hold it). */
function rootPath(context: ChartContext, key: string, rest: ValuesPath): ValuesPath {
  const origin = Object.hasOwn(context.keyOrigins, key) ? context.keyOrigins[key] : undefined;
  return [...(origin ?? [...context.base, key]), ...rest];
}

/**
 * One item of `actors:` as single-actor values: its own keys, the root's where it has none
 * (`default.*` as merged values, so the form and the lab see them; `default` itself is passed on
 * so that a default block the user removed with null stays removed).
 */
function actorItem(
  root: Record<string, unknown>,
  defaults: Record<string, unknown>,
  item: Record<string, unknown>,
  context: ChartContext,
  key: string | number,
): Omit<ActorSlice, 'label'> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) if (key !== 'healthChecks') values[key] = value;
  const inherited: Record<string, ValuesPath> = {};
  for (const [key, rootKey, rest] of inheritedKeys) {
    if (goTruthy(item[key])) continue;
    delete values[key];
    inherited[key] = rootPath(context, rootKey, rest);
    const fallback = rootKey === 'default' ? defaults[key] : root[key];
    if (rootKey === 'default' ? goTruthy(fallback) : Object.hasOwn(root, key))
      values[key] = fallback;
  }
  if (Object.hasOwn(root, 'default')) {
    values.default = root.default;
    inherited.default = rootPath(context, 'default', []);
  }
  return {
    name: typeof item.name === 'string' ? item.name : '',
    prefix: rootPath(context, 'actors', [key]),
    values,
    ...withRelease(context),
    // `.Values.name | default .Chart.Name`: an empty root name (false, 0, "") gives the chart's.
    appLabelName: goTruthy(root.name) ? goString(root.name) : 'asya-actor',
    inherited,
  };
}

/**
 * The actors one chart render produces: the shipped chart's `actors | default (list .Values)`
 * (an empty list is single-actor mode); the README chart has no `actors:` mode.
 */
export function splitChartValues(values: unknown, context: ChartContext): SplitChart {
  const root = isRecord(values) ? values : {};
  const single: SplitChart = {
    actors: [
      {
        name: typeof root.name === 'string' ? root.name : '',
        prefix: context.base,
        values,
        ...withRelease(context),
        inherited: { ...context.keyOrigins },
      },
    ],
    diagnostics: [],
  };
  if (context.profile !== 'asya-actor' || !goTruthy(root.actors)) return single;
  // A template error of the release stops Helm for every actor: each actor's chart stage fails with it.
  const failure = asyaActorReleaseError(root);
  const failing = <T extends object>(slice: T): T =>
    failure ? { ...slice, releaseError: failure.message } : slice;
  const actorsPath = rootPath(context, 'actors', []);
  const split: SplitChart = { actors: [], diagnostics: [] };
  if (isRecord(root.actors)) split.diagnostics.push(actorsAMap(actorsPath));
  else if (!Array.isArray(root.actors)) split.diagnostics.push(actorsNotAList(actorsPath));
  // Errors at `actors` are the structure problems below; the others (hooks, labels) are reported here.
  const [head, ...rest] = failure?.path ?? [];
  if (failure && head !== 'actors')
    split.diagnostics.push({
      ...templateError(failure, 'asya-actor'),
      path: typeof head === 'string' ? rootPath(context, head, rest) : context.base,
    });
  // `$.Values.default.*` as the template sees it: the user's `default` merged over the chart's.
  const chartDefault = chartDefaults('asya-actor').default as Record<string, unknown>;
  const defaults = coalesceValues(isRecord(root.default) ? root.default : {}, chartDefault);
  for (const [key, listed] of asyaActorItems(root.actors)) {
    const path = rootPath(context, 'actors', [key]);
    // A null item is an actor with no keys of its own: `$actor.namespace` of nil is nil.
    const item = listed ?? {};
    if (!isRecord(item)) {
      split.diagnostics.push(actorNotAMap(path, 'actor list item'));
      continue;
    }
    if (!goTruthy(item.name)) split.diagnostics.push(actorWithoutName(path));
    split.actors.push(failing(actorItem(root, defaults, item, context, key)));
  }
  // No actor to carry the failure (the list is no list, or holds no map): the root values do,
  // without the list, which no actor's values hold.
  if (failure && split.actors.length === 0) {
    const values = Object.fromEntries(Object.entries(root).filter(([key]) => key !== 'actors'));
    split.actors = single.actors.map((slice) => failing({ ...slice, values }));
  }
  return split;
}
