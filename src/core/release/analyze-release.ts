import type { ChartProfileId } from '@/core/chart/index.ts';
import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { locateDiagnostics, type ParsedValues } from '@/core/document/index.ts';
import type { OperatorSettings } from '@/core/operator-settings/index.ts';
import { runPipeline } from '@/core/pipeline/index.ts';
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
}

/** `helm template` without a name calls the release `release-name`; one actor's values name it after the actor. */
function releaseNameFor(kind: DocumentKind, slice: ActorSlice, opts: ReleaseOptions) {
  const name = slice.releaseName ?? opts.releaseName;
  if (name !== undefined || kind === 'single-actor') return name;
  return 'release-name';
}

/** Splits the document and runs each actor's values through chart → API server → operator → KEDA. Never throws. */
export function runRelease(values: unknown, opts: ReleaseOptions): ReleaseRun {
  const split = splitDocument(values, opts.profile);
  const actors = split.actors.map((slice) => {
    const releaseName = releaseNameFor(split.kind, slice, opts);
    const releaseNamespace = slice.releaseNamespace ?? opts.releaseNamespace;
    const pipeline = runPipeline(slice.values, {
      profile: slice.profile,
      ...(releaseName !== undefined ? { releaseName } : {}),
      ...(releaseNamespace !== undefined ? { releaseNamespace } : {}),
      ...(slice.appLabelName !== undefined ? { appLabelName: slice.appLabelName } : {}),
      ...(opts.operatorSettings ? { operatorSettings: opts.operatorSettings } : {}),
    });
    return { slice, pipeline };
  });
  return { kind: split.kind, actors, structure: split.diagnostics };
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
  const single = run.kind === 'single-actor';
  const perActor = run.actors.flatMap((actorRun) => {
    const { slice, pipeline } = actorRun;
    const view = single ? parsed : actorView(parsed, slice);
    const own = (
      scope === 'values' ? valueProblems(view, slice.profile, pipeline) : pipeline.diagnostics
    ).map((d) => (single ? d : { ...d, path: documentPath(slice, d.path), actor: slice.label }));
    return single
      ? own
      : [...own, ...namespaceNotes(actorRun).map((d) => ({ ...d, actor: slice.label }))];
  });
  return locateDiagnostics(parsed, [
    ...run.structure,
    ...perActor,
    ...crossActorProblems(run.actors),
  ]);
}
