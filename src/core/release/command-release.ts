import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { locateDiagnostics, type ParsedValues } from '@/core/document/index.ts';
import type { K8sObject } from '@/core/pipeline/index.ts';
import { documentPath } from './actor-slice.ts';
import { noSuchActor } from './select-actor.ts';
import {
  releaseProblems,
  runRelease,
  type ActorRun,
  type ProblemScope,
  type ReleaseOptions,
  type ReleaseRun,
} from './analyze-release.ts';

/** What `render`, `lint` and `simulate` work on: the actors asked for and their problems. */
export interface CommandRelease {
  run: ReleaseRun;
  /** Every actor in document order, or only the one `--actor` names. */
  actors: ActorRun[];
  /** The document's problems (located), those of other actors left out when one is asked for. */
  diagnostics: Diagnostic[];
}

/** A check of the operator's objects against the upstream schemas (loaded by the caller, on demand). */
export type SchemaCheck = (objects: readonly K8sObject[]) => Diagnostic[];

/** The upstream Kubernetes and KEDA schemas on each actor's operator objects, in document paths. */
function schemaProblems(
  run: ReleaseRun,
  actors: readonly ActorRun[],
  schemaCheck: SchemaCheck,
): Diagnostic[] {
  return actors.flatMap(({ slice, pipeline }) =>
    schemaCheck(pipeline.operator.objects).map((d) =>
      run.kind === 'single-actor'
        ? d
        : { ...d, path: documentPath(slice, d.path), actor: slice.label },
    ),
  );
}

/**
 * Runs every actor of a parsed document; with `actor`, narrows to the actor of that name (an
 * error names the actors there are). Never throws.
 */
export function commandRelease(
  parsed: ParsedValues,
  opts: ReleaseOptions & { actor?: string; scope: ProblemScope; schemaCheck: SchemaCheck },
): CommandRelease | { error: string } {
  const run = runRelease(parsed.values, opts);
  const { actor } = opts;
  const actors =
    actor === undefined ? run.actors : run.actors.filter(({ slice }) => slice.label === actor);
  if (actors.length === 0 && actor !== undefined)
    return {
      error: noSuchActor(
        run.actors.map(({ slice }) => slice.label),
        actor,
      ),
    };
  const all = [
    ...releaseProblems(parsed, run, opts.scope),
    ...locateDiagnostics(parsed, schemaProblems(run, actors, opts.schemaCheck)),
  ];
  const diagnostics =
    actor === undefined ? all : all.filter((d) => d.actor === undefined || d.actor === actor);
  return { run, actors, diagnostics };
}
