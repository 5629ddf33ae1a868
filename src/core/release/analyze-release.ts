import type { ChartProfileId } from '@/core/chart/index.ts';
import type { Diagnostic, ValuesPath } from '@/core/diagnostics/index.ts';
import { locateDiagnostics, valuesEqual, type ParsedValues } from '@/core/document/index.ts';
import type { OperatorSettings } from '@/core/operator-settings/index.ts';
import { runPipeline } from '@/core/pipeline/index.ts';
import { isRecord } from '@/core/shared/is-record.ts';
import { documentPath, type ActorSlice, type DocumentKind } from './actor-slice.ts';
import { valueProblems } from './actor-problems.ts';
import { crossActorProblems, type ActorRun } from './cross-actor-problems.ts';
import { releaseNamespaceIgnored } from './release-problems.ts';
import { splitDocument } from './split-document.ts';

export type { ActorRun } from './cross-actor-problems.ts';

export interface ReleaseOptions {
  /** The chart for single-actor values (a helmfile names its own, `actors:` is asya-actor's). */
  profile: ChartProfileId;
  operatorSettings?: OperatorSettings;
  /** `helm install <name>`; a helmfile release's own name wins. */
  releaseName?: string;
  /** `helm -n`; a helmfile release's own namespace wins. */
  releaseNamespace?: string;
}

/** `values`: everything the studio lists; `pipeline`: only what the stages find (what `render` reports). */
export type ProblemScope = 'values' | 'pipeline';

/** Every actor of a document through the pipeline, in document order. */
export interface ReleaseRun {
  kind: DocumentKind;
  actors: ActorRun[];
  /** Problems of the document's structure (document paths, not located). */
  structure: Diagnostic[];
  options: ReleaseOptions;
}

/** `helm template` without a name calls the release `release-name`; one actor's values name it after the actor. */
function releaseNameFor(kind: DocumentKind, slice: ActorSlice, opts: ReleaseOptions) {
  const name = slice.releaseName ?? opts.releaseName;
  if (name !== undefined || kind === 'single-actor') return name;
  return 'release-name';
}

/**
 * Whether every top-level value of `b` is the very value `a` holds under the same key: what a
 * keystroke leaves of an untouched actor, whose parts keep their identity (`shareEqualParts`).
 */
function sameParts(a: unknown, b: unknown): boolean {
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(b);
  return (
    keys.length === Object.keys(a).length &&
    keys.every((key) => Object.hasOwn(a, key) && Object.is(a[key], b[key]))
  );
}

function samePath(a: ValuesPath | undefined, b: ValuesPath): boolean {
  return a !== undefined && a.length === b.length && a.every((step, i) => step === b[i]);
}

/** The same keys inherited from the same places (in the same order, as the split writes them). */
function sameInherited(a: ActorSlice['inherited'], b: ActorSlice['inherited']): boolean {
  const keys = Object.keys(b);
  const before = Object.keys(a);
  return (
    keys.length === before.length &&
    keys.every((key, i) => before[i] === key && samePath(a[key], b[key] ?? []))
  );
}

/** An actor whose values, place and release are those of the previous run needs no new pipeline. */
function unchanged(
  previous: ActorRun | undefined,
  slice: ActorSlice,
  opts: ReleaseOptions,
  before: ReleaseOptions | undefined,
): previous is ActorRun {
  if (!previous || !before) return false;
  const old = previous.slice;
  return (
    before.operatorSettings === opts.operatorSettings &&
    before.releaseName === opts.releaseName &&
    before.releaseNamespace === opts.releaseNamespace &&
    old.label === slice.label &&
    old.profile === slice.profile &&
    old.releaseName === slice.releaseName &&
    old.releaseNamespace === slice.releaseNamespace &&
    old.appLabelName === slice.appLabelName &&
    old.releaseError === slice.releaseError &&
    samePath(old.prefix, slice.prefix) &&
    sameInherited(old.inherited, slice.inherited) &&
    // Identical parts first: comparing every value of every actor on each keystroke costs more.
    (sameParts(old.values, slice.values) || valuesEqual(old.values, slice.values))
  );
}

/**
 * Splits the document and runs each actor's values through chart → API server → operator → KEDA.
 * Actors unchanged since `previous` keep their run (a keystroke changes one actor of many). Never throws.
 */
export function runRelease(
  values: unknown,
  opts: ReleaseOptions,
  previous?: ReleaseRun,
): ReleaseRun {
  const split = splitDocument(values, opts.profile);
  const actors = split.actors.map((slice, index) => {
    const before = previous?.actors[index];
    if (unchanged(before, slice, opts, previous?.options)) return before;
    const releaseName = releaseNameFor(split.kind, slice, opts);
    const releaseNamespace = slice.releaseNamespace ?? opts.releaseNamespace;
    const pipeline = runPipeline(slice.values, {
      profile: slice.profile,
      ...(releaseName !== undefined ? { releaseName } : {}),
      ...(releaseNamespace !== undefined ? { releaseNamespace } : {}),
      ...(slice.appLabelName !== undefined ? { appLabelName: slice.appLabelName } : {}),
      ...(slice.releaseError !== undefined ? { releaseError: slice.releaseError } : {}),
      ...(opts.operatorSettings ? { operatorSettings: opts.operatorSettings } : {}),
    });
    return { slice, pipeline };
  });
  return { kind: split.kind, actors, structure: split.diagnostics, options: opts };
}

/** The document seen as one actor's values: paths inside the actor are located where they are written. */
function actorView(parsed: ParsedValues, slice: ActorSlice): ParsedValues {
  return {
    ...parsed,
    values: slice.values,
    diagnostics: [],
    locate: (path) => parsed.locate(documentPath(slice, path)),
    keyRange: (path) => parsed.keyRange(documentPath(slice, path)),
  };
}

/** A helmfile release whose values put the actor elsewhere than the release's namespace. */
function namespaceNotes(run: ActorRun): Diagnostic[] {
  const { releaseNamespace } = run.slice;
  const actor = run.pipeline.chart.objects[0];
  const namespace = (actor?.metadata as { namespace?: unknown } | undefined)?.namespace;
  if (releaseNamespace === undefined || typeof namespace !== 'string') return [];
  if (namespace === releaseNamespace) return [];
  return [
    releaseNamespaceIgnored(documentPath(run.slice, ['namespace']), releaseNamespace, namespace),
  ];
}

/**
 * Every problem of the document, located: each actor's own (validation, formulas, pipeline; in
 * document paths and naming the actor when there are several kinds of actor), the structure's and
 * those between actors.
 */
export function releaseProblems(
  parsed: ParsedValues,
  run: ReleaseRun,
  scope: ProblemScope = 'values',
): Diagnostic[] {
  const perActor =
    run.kind === 'single-actor'
      ? run.actors.flatMap(({ slice, pipeline }) =>
          scope === 'values'
            ? valueProblems(parsed, slice.profile, pipeline)
            : pipeline.diagnostics,
        )
      : run.actors.flatMap((actorRun) => ownProblems(parsed, actorRun, scope));
  return locateDiagnostics(parsed, [
    ...run.structure,
    ...perActor,
    ...crossActorProblems(run.actors),
  ]);
}

/** Each actor's own problems in document paths, kept with its run: an unchanged actor is not checked again. */
const ownProblemsCache = new WeakMap<ActorRun, Map<ProblemScope, Diagnostic[]>>();

function ownProblems(parsed: ParsedValues, actorRun: ActorRun, scope: ProblemScope) {
  const cached = ownProblemsCache.get(actorRun)?.get(scope);
  if (cached) return cached;
  const { slice, pipeline } = actorRun;
  // Located afterwards in the current text: positions move when other actors change.
  const view = { ...actorView(parsed, slice), locate: () => undefined };
  const own = (
    scope === 'values' ? valueProblems(view, slice.profile, pipeline) : pipeline.diagnostics
  ).map(({ range: _range, ...d }) => ({
    ...d,
    path: documentPath(slice, d.path),
    actor: slice.label,
  }));
  const problems = [...own, ...namespaceNotes(actorRun).map((d) => ({ ...d, actor: slice.label }))];
  const byScope = ownProblemsCache.get(actorRun) ?? new Map<ProblemScope, Diagnostic[]>();
  byScope.set(scope, problems);
  ownProblemsCache.set(actorRun, byScope);
  return problems;
}
