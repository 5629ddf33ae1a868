import { isRecord } from '@/core/shared/is-record.ts';
import type { Diagnostic } from '@/core/diagnostics/index.ts';
import type { ActorSlice, DocumentKind } from './actor-slice.ts';
import type { ReleaseRun } from './analyze-release.ts';

/** One row of the navigator and the release overview. */
export interface ActorSummary {
  index: number;
  label: string;
  namespace: string;
  transport: string;
  /** The operator's queue name, `asya-<actor>` (deliveryhero/asya:src/asya-operator/internal/transports/rabbitmq.go). */
  queue: string;
  minReplicas?: number;
  maxReplicas?: number;
  queueLength?: number;
  errors: number;
  warnings: number;
  /** KEDA's verdict on the ScaledObject; undefined until the analysis has run. */
  keda?: 'accepted' | 'rejected' | 'no-scaled-object';
  /** What the reconcile creates, or where it stops. */
  outcome?: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** The AsyncActor as stored (CRD defaults applied), else as the chart renders it. */
function renderedActor(run: ReleaseRun | undefined, index: number): Record<string, unknown> {
  const pipeline = run?.actors[index]?.pipeline;
  const actor = pipeline?.stored.objects[0] ?? pipeline?.chart.objects[0];
  return isRecord(actor) ? actor : {};
}

function outcomeOf(run: ReleaseRun | undefined, index: number): string | undefined {
  const pipeline = run?.actors[index]?.pipeline;
  if (!pipeline) return undefined;
  const { operator } = pipeline;
  if (operator.result === 'success') return `${operator.objects.length} objects created`;
  if (operator.result === 'error') return `stops: ${operator.error ?? 'reconcile error'}`;
  return `stops: ${pipeline.stored.rejection ?? pipeline.chart.error ?? 'operator not run'}`;
}

/** Name, transport, queue, scaling numbers, problem counts and verdicts of every actor. */
export function actorSummaries(
  kind: DocumentKind,
  actors: readonly ActorSlice[],
  run: ReleaseRun | undefined,
  diagnostics: readonly Diagnostic[],
): ActorSummary[] {
  const ownRun = run && run.actors.length === actors.length ? run : undefined;
  return actors.map((slice, index) => {
    const actor = renderedActor(ownRun, index);
    const metadata = isRecord(actor.metadata) ? actor.metadata : {};
    const spec = isRecord(actor.spec) ? actor.spec : {};
    const scaling = isRecord(spec.scaling) && spec.scaling.enabled === true ? spec.scaling : {};
    const values = isRecord(slice.values) ? slice.values : {};
    const mine = diagnostics.filter((d) =>
      kind === 'single-actor' ? true : d.actor === slice.label,
    );
    const minReplicas = count(scaling.minReplicas);
    const maxReplicas = count(scaling.maxReplicas);
    const queueLength = count(scaling.queueLength);
    const keda = ownRun?.actors[index]?.pipeline.keda.status;
    const outcome = outcomeOf(ownRun, index);
    return {
      index,
      label: slice.label,
      namespace: text(metadata.namespace) || text(values.namespace),
      transport: text(spec.transport) || text(values.transport),
      queue: `asya-${slice.name}`,
      ...(minReplicas !== undefined ? { minReplicas } : {}),
      ...(maxReplicas !== undefined ? { maxReplicas } : {}),
      ...(queueLength !== undefined ? { queueLength } : {}),
      errors: mine.filter((d) => d.severity === 'error').length,
      warnings: mine.filter((d) => d.severity === 'warning').length,
      ...(keda ? { keda } : {}),
      ...(outcome ? { outcome } : {}),
    };
  });
}
