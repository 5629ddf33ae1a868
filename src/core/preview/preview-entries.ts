import type { ValuesPath } from '@/core/diagnostics/index.ts';
import type {
  K8sObject,
  ObjectStatus,
  PipelineNote,
  PipelineResult,
  PipelineStageId,
} from '@/core/pipeline/index.ts';
import { objectYaml } from '@/core/pipeline/object-yaml.ts';

/** One tab of the preview: an object of one stage, with its status line, notes and YAML. */
export interface PreviewEntry {
  id: string;
  label: string;
  stage: PipelineStageId;
  /** Index of the object in its stage (for tracing fields back to values); undefined when not created. */
  objectIndex?: number;
  status: ObjectStatus;
  notes: PipelineNote[];
  /** The object to show (rendered by `entryYaml` when its tab is open), or undefined when it was not created. */
  object?: K8sObject;
  /** True when `yaml` shows what the README describes but the current operator does not create. */
  illustration?: boolean;
}

const stageLabel: Record<PipelineStageId, string> = {
  chart: 'AsyncActor',
  stored: 'AsyncActor (stored)',
  operator: '',
};

function objectKey(object: K8sObject): { kind: string; name: string } {
  const metadata = (object.metadata ?? {}) as Record<string, unknown>;
  return {
    kind: typeof object.kind === 'string' ? object.kind : 'Object',
    name: typeof metadata.name === 'string' ? metadata.name : '',
  };
}

function statusFor(statuses: readonly ObjectStatus[], kind: string, name: string): ObjectStatus {
  return (
    statuses.find((s) => s.kind === kind && s.name === name) ??
    statuses.find((s) => s.kind === kind) ?? { kind, name, status: 'created' }
  );
}

/** The preview's tabs in pipeline order: chart, stored, then the operator's objects and those it did not create. */
export function previewEntries(pipeline: PipelineResult): PreviewEntry[] {
  const entries: PreviewEntry[] = [];
  const notesFor = (kind: string, name: string) =>
    pipeline.notes.filter((n) => n.object === `${kind}/${name}` || n.object === kind);
  for (const stage of ['chart', 'stored', 'operator'] as const) {
    const output = pipeline[stage];
    const shown = new Set<string>();
    output.objects.forEach((object, objectIndex) => {
      const { kind, name } = objectKey(object);
      shown.add(`${kind}/${name}`);
      const sameKind = output.objects.filter((o) => objectKey(o).kind === kind).length > 1;
      const label =
        stage === 'operator' ? (sameKind ? `${kind} ${name}` : kind) : stageLabel[stage];
      entries.push({
        id: `${stage}:${kind}/${name}`,
        label,
        stage,
        objectIndex,
        status: statusFor(output.statuses, kind, name),
        notes: notesFor(kind, name),
        object,
      });
    });
    for (const status of output.statuses) {
      if (shown.has(`${status.kind}/${status.name}`)) continue;
      const label = stage === 'operator' ? status.kind : stageLabel[stage];
      const illustration =
        stage === 'operator'
          ? pipeline.operator.illustrations.find((o) => objectKey(o).kind === status.kind)
          : undefined;
      entries.push({
        id: `${stage}:${status.kind}/${status.name}`,
        label,
        stage,
        status,
        notes: notesFor(status.kind, status.name),
        ...(illustration ? { object: illustration, illustration: true } : {}),
      });
    }
  }
  return entries;
}

/**
 * The entry's object as YAML, or empty when it was not created. Only the open tab is printed, and
 * `objectYaml` reuses whatever it printed last time, so a keystroke reprints only what it changed.
 */
export function entryYaml(entry: PreviewEntry): string {
  return entry.object === undefined ? '' : objectYaml(entry.object);
}

/** The values path that produced a field of a rendered object, or of its nearest traced ancestor. */
export function originOf(
  pipeline: PipelineResult,
  stage: PipelineStageId,
  objectIndex: number,
  objectPath: ValuesPath,
): ValuesPath | undefined {
  for (let length = objectPath.length; length > 0; length--) {
    const prefix = objectPath.slice(0, length);
    const origin = pipeline.origins.find(
      (o) =>
        o.stage === stage &&
        o.objectIndex === objectIndex &&
        o.objectPath.length === prefix.length &&
        o.objectPath.every((k, i) => k === prefix[i]),
    );
    if (origin) return origin.valuesPath;
  }
  return undefined;
}

/** One line of a status, the way the preview shows it. */
export function describeStatus(status: ObjectStatus): string {
  const verb = { created: 'Created', rejected: 'Refused', 'not-created': 'Not created' }[
    status.status
  ];
  return status.reason ? `${verb}: ${status.reason}` : verb;
}
