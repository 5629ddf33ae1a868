import type { ChartProfileId } from '@/core/chart/index.ts';
import type { ActorView, PipelineNote, ReconcileOutcome } from '@/core/operator/index.ts';

const decisions = 'reference/README.md (decisions); reference/asya-operator.md §8';

function has(outcome: ReconcileOutcome, kind: string): boolean {
  return outcome.objects.some((o) => o.kind === kind);
}

/** Where the seed README and the code disagree, as notes beside the objects concerned (decisions 2, 3, 5, 6). */
export function readmeNotes(
  actor: ActorView,
  outcome: ReconcileOutcome,
  profile: ChartProfileId,
): PipelineNote[] {
  const name = actor.name;
  const notes: PipelineNote[] = [];
  const queueHolder = has(outcome, 'ScaledObject')
    ? `ScaledObject/${name}`
    : has(outcome, 'Deployment')
      ? `Deployment/${name}`
      : undefined;
  notes.push({
    text: `The README says the queue is named after the actor (\`${name}\`); the operator, the sidecar and the KEDA trigger use \`asya-${name}\`.`,
    source: `${decisions}; deliveryhero/asya:src/asya-operator/internal/controller/keda.go (resolveQueueIdentifier)`,
    ...(queueHolder ? { object: queueHolder } : {}),
  });
  if (has(outcome, 'ScaledObject')) {
    notes.push({
      text: `The README's troubleshooting section calls the ScaledObject \`${name}-scaled-object\`; its real name is \`${name}\`.`,
      source: decisions,
      object: `ScaledObject/${name}`,
    });
  }
  if (has(outcome, 'Deployment')) {
    notes.push({
      text: 'The README says `kubectl logs -c sidecar`; the injected container is `asya-sidecar`. The runtime gets `ASYA_SOCKET_DIR=/var/run/asya` (not `ASYA_SOCKET_PATH`) and always the command `[pythonExecutable, /opt/asya/asya_runtime.py]`.',
      source: decisions,
      object: `Deployment/${name}`,
    });
  }
  if (actor.workload.kind === 'StatefulSet') {
    notes.push({
      text: 'The README promises a StatefulSet with volumeClaimTemplates. The current operator stops with "StatefulSet support not yet implemented" and the API server drops volumeClaimTemplates: no StatefulSet is created.',
      source:
        'deliveryhero/asya:src/asya-operator/internal/controller/asya_controller.go (reconcileStatefulSet)',
      object: `StatefulSet/${name}`,
    });
  }
  if (has(outcome, 'ConfigMap')) {
    notes.push({
      text: '`asya_runtime.py` is content of the operator image; it is shown as a placeholder, never copied.',
      source: 'reference/README.md decision 5',
      object: 'ConfigMap/asya-runtime',
    });
  }
  if (profile === 'asya-test-actor') {
    notes.push({
      text: 'Rendered with the README profile (asya-test-actor): README defaults, values deep-merged, labels and annotations applied. The shipped asya-actor chart differs (min 1, scaling block replaced).',
      source: 'reference/readme-profile.md §6',
      object: `AsyncActor/${name}`,
    });
  }
  return notes;
}
