import { isRecord } from '@/core/shared/is-record.ts';
import type { Diagnostic } from '@/core/diagnostics/index.ts';
import type { PipelineResult } from '@/core/pipeline/index.ts';
import { documentPath, type ActorSlice } from './actor-slice.ts';
import { upstreamLink } from '@/core/diagnostics/index.ts';

export interface ActorRun {
  slice: ActorSlice;
  pipeline: PipelineResult;
}

/** Name, namespace and transport of the AsyncActor the chart renders for an actor. */
function identity(run: ActorRun) {
  const actor = run.pipeline.chart.objects[0];
  const metadata = isRecord(actor?.metadata) ? actor.metadata : {};
  const spec = isRecord(actor?.spec) ? actor.spec : {};
  const { name, namespace } = metadata;
  if (typeof name !== 'string' || name === '') return undefined;
  return {
    name,
    namespace: typeof namespace === 'string' ? namespace : '',
    transport: typeof spec.transport === 'string' ? spec.transport : '',
  };
}

function groupBy(runs: readonly ActorRun[], key: (run: ActorRun) => string | undefined) {
  const groups = new Map<string, ActorRun[]>();
  for (const run of runs) {
    const k = key(run);
    if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), run]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

function at(run: ActorRun, rest: Omit<Diagnostic, 'path' | 'actor'>): Diagnostic {
  return { ...rest, path: documentPath(run.slice, ['name']), actor: run.slice.label };
}

/**
 * What Helm says when the second object of one name is created: inside one release the API server
 * refuses the create (helm/helm:pkg/kube/client.go `createResource`); across releases Helm's
 * ownership check stops the later release (helm/helm:pkg/action/validate.go `checkOwnership`).
 */
function helmRefusal(first: ActorRun, later: ActorRun, name: string, namespace: string): string {
  const firstRelease = first.pipeline.releaseName;
  const laterRelease = later.pipeline.releaseName;
  if (firstRelease === laterRelease)
    return `Error: INSTALLATION FAILED: asyncactors.asya.sh "${name}" already exists`;
  return `Error: rendered manifests contain a resource that already exists. Unable to continue with install: AsyncActor "${name}" in namespace "${namespace}" exists and cannot be imported into the current release: invalid ownership metadata; annotation validation error: key "meta.helm.sh/release-name" must equal "${laterRelease}": current value is "${firstRelease}"`;
}

function duplicateNames(runs: readonly ActorRun[]): Diagnostic[] {
  return groupBy(runs, (run) => {
    const id = identity(run);
    return id && `${id.namespace}\u0000${id.name}`;
  }).flatMap((group) => {
    const [first, second] = group;
    const id = first && identity(first);
    if (!first || !second || !id) return [];
    const refusal = helmRefusal(first, second, id.name, id.namespace);
    return group.map((run) =>
      at(run, {
        ruleId: 'release/duplicate-actor-name',
        severity: 'error',
        stage: 'chart',
        message: `${group.length} actors are AsyncActor "${id.name}" in namespace "${id.namespace}"; Kubernetes keeps one object per name, so Helm stops: ${refusal}`,
        fix: 'Give every actor of a namespace its own name.',
        source: upstreamLink('helm', 'pkg/action/validate.go'),
      }),
    );
  });
}

/** The operator names queues after the actor alone (`asya-<actor>`, operator/actor-spec.ts `queueName`). */
function sharedQueues(runs: readonly ActorRun[]): Diagnostic[] {
  return groupBy(runs, (run) => {
    const id = identity(run);
    return id && `${id.transport}\u0000${id.name}`;
  }).flatMap((group) => {
    const namespaces = new Set(group.map((run) => identity(run)?.namespace));
    if (namespaces.size < 2) return []; // one namespace: the duplicate name is the problem
    const id = group[0] && identity(group[0]);
    if (!id) return [];
    return group.map((run) =>
      at(run, {
        ruleId: 'release/shared-queue',
        severity: 'warning',
        stage: 'operator',
        message: `Actors named "${id.name}" in namespaces ${[...namespaces].join(', ')} all consume queue asya-${id.name} on transport "${id.transport}": the operator names the queue after the actor only, so they take each other's messages.`,
        fix: 'Give the actors different names.',
        source: upstreamLink('asya', 'src/asya-operator/internal/transports/rabbitmq.go', 130),
      }),
    );
  });
}

/** Problems between actors: one name twice in a namespace, one queue for several actors. */
export function crossActorProblems(runs: readonly ActorRun[]): Diagnostic[] {
  return [...duplicateNames(runs), ...sharedQueues(runs)];
}
