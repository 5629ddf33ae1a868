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

interface ProblemCounts {
  errors: number;
  warnings: number;
}

/**
 * Errors and warnings by the actor they name (`undefined`: problems of the document as a whole),
 * counted in one pass: the navigator recounts them on every keystroke.
 */
function countByActor(diagnostics: readonly Diagnostic[]): Map<string | undefined, ProblemCounts> {
  const counts = new Map<string | undefined, ProblemCounts>();
  for (const d of diagnostics) {
    const count = counts.get(d.actor) ?? { errors: 0, warnings: 0 };
    if (d.severity === 'error') count.errors++;
    if (d.severity === 'warning') count.warnings++;
    counts.set(d.actor, count);
  }
  return counts;
}

function total(counts: Map<string | undefined, ProblemCounts>): ProblemCounts {
  let errors = 0;
  let warnings = 0;
  for (const count of counts.values()) {
    errors += count.errors;
    warnings += count.warnings;
  }
  return { errors, warnings };
}

/** Name, transport, queue, scaling numbers, problem counts and verdicts of every actor. */
export function actorSummaries(
  kind: DocumentKind,
  actors: readonly ActorSlice[],
  run: ReleaseRun | undefined,
  diagnostics: readonly Diagnostic[],
): ActorSummary[] {
  const ownRun = run && run.actors.length === actors.length ? run : undefined;
  const counts = countByActor(diagnostics);
  // One actor's values: every problem is its own.
  const whole = kind === 'single-actor' ? total(counts) : undefined;
  return actors.map((slice, index) => {
    const actor = renderedActor(ownRun, index);
    const metadata = isRecord(actor.metadata) ? actor.metadata : {};
    const spec = isRecord(actor.spec) ? actor.spec : {};
    const scaling = isRecord(spec.scaling) && spec.scaling.enabled === true ? spec.scaling : {};
    const values = isRecord(slice.values) ? slice.values : {};
    const mine = whole ?? counts.get(slice.label) ?? { errors: 0, warnings: 0 };
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
      errors: mine.errors,
      warnings: mine.warnings,
      ...(keda ? { keda } : {}),
      ...(outcome ? { outcome } : {}),
    };
  });
}
