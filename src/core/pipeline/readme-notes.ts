import type { ChartProfileId } from '@/core/chart/index.ts';
import type { ActorView, PipelineNote, ReconcileOutcome } from '@/core/operator/index.ts';

import { upstreamLink } from '@/core/diagnostics/index.ts';

/** The operator's controller at the pinned commit, at the code a note is about. */
const controller = (lines: readonly [number, number]): string =>
  upstreamLink('asya', 'src/asya-operator/internal/controller/asya_controller.go', lines);
const keda = (lines: readonly [number, number]): string =>
  upstreamLink('asya', 'src/asya-operator/internal/controller/keda.go', lines);

function has(outcome: ReconcileOutcome, kind: string): boolean {
  return outcome.objects.some((o) => o.kind === kind);
}

/** Where the seed README and the code disagree, as notes beside the objects concerned (docs/DECISIONS.md). */
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
    // resolveQueueIdentifier: `asya-<actor>` for both transports.
    source: keda([254, 260]),
    ...(queueHolder ? { object: queueHolder } : {}),
  });
  if (has(outcome, 'ScaledObject')) {
    notes.push({
      text: `The README's troubleshooting section calls the ScaledObject \`${name}-scaled-object\`; its real name is \`${name}\`.`,
      // reconcileScaledObject names the ScaledObject after the actor.
      source: keda([176, 182]),
      object: `ScaledObject/${name}`,
    });
  }
  if (has(outcome, 'Deployment')) {
    notes.push({
      text: 'The README says `kubectl logs -c sidecar`; the injected container is `asya-sidecar`. The runtime gets `ASYA_SOCKET_DIR=/var/run/asya` (not `ASYA_SOCKET_PATH`) and always the command `[pythonExecutable, /opt/asya/asya_runtime.py]`.',
      // The injected sidecar's name, then the runtime's command and ASYA_SOCKET_DIR.
      source: controller([686, 724]),
      object: `Deployment/${name}`,
    });
  }
  if (actor.workload.kind === 'StatefulSet') {
    notes.push({
      text: 'The README promises a StatefulSet with volumeClaimTemplates. The current operator stops with "StatefulSet support not yet implemented" and the API server drops volumeClaimTemplates: no StatefulSet is created.',
      source: controller([1151, 1155]),
      object: `StatefulSet/${name}`,
    });
  }
  if (has(outcome, 'ConfigMap')) {
    notes.push({
      text: '`asya_runtime.py` is content of the operator image; it is shown as a placeholder, never copied.',
      // reconcileRuntimeConfigMap reads asya_runtime.py from the operator image.
      source: controller([610, 616]),
      object: 'ConfigMap/asya-runtime',
    });
  }
  if (profile === 'asya-test-actor') {
    notes.push({
      text: 'Rendered with the README profile (asya-test-actor): README defaults, values deep-merged, labels and annotations applied. The shipped asya-actor chart differs (min 1, scaling block replaced).',
      // The chart README's parameter table: the defaults the profile follows.
      source: upstreamLink('asya', 'testing/e2e/charts/asya-test-actors/README.md', [94, 110]),
      object: `AsyncActor/${name}`,
    });
  }
  return notes;
}
