import { printValuesYaml, readYamlDocuments } from '@/core/document/index.ts';
import type { ChartProfileId } from '@/core/chart/chart-profile.ts';
import { isRecord } from '@/core/shared/is-record.ts';

/** The values that reproduce an AsyncActor manifest, and what the chosen chart cannot express. */
export type ImportedActor =
  { ok: true; valuesText: string; unsupported: string[] } | { ok: false; message: string };

const record = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

/** Spec fields the chart passes through under the same name. */
const passedThrough = ['scaling', 'workload', 'timeout'] as const;

/**
 * Maps a bare AsyncActor manifest (e.g. examples/asyas/*.yaml in the Asya repo) back to chart
 * values. Only the first AsyncActor document is read; the rest are named as not imported.
 */
export function importAsyncActor(manifestText: string, profile: ChartProfileId): ImportedActor {
  let docs: unknown[];
  try {
    docs = readYamlDocuments(manifestText);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'syntax error';
    return { ok: false, message: `The manifest is not valid YAML: ${reason}` };
  }
  if (docs.length === 0)
    return { ok: false, message: 'The text is empty: paste or open an AsyncActor manifest.' };
  const objects = docs.map(record);
  const actor = objects.find((o) => o.kind === 'AsyncActor');
  if (!actor)
    return {
      ok: false,
      message: 'No document has `kind: AsyncActor`; the studio imports AsyncActor manifests only.',
    };

  const unsupported: string[] = [];
  const metadata = record(actor.metadata);
  const spec = record(actor.spec);
  const values: Record<string, unknown> = {};
  if (typeof metadata.name === 'string') values.name = metadata.name;
  if (typeof metadata.namespace === 'string') values.namespace = metadata.namespace;
  if (spec.transport !== undefined) values.transport = spec.transport;
  for (const key of passedThrough) if (spec[key] !== undefined) values[key] = spec[key];

  for (const key of ['labels', 'annotations'] as const) {
    if (metadata[key] === undefined) continue;
    if (profile === 'asya-test-actor') values[key] = metadata[key];
    else
      unsupported.push(
        `metadata.${key}: the asya-actor chart sets its own labels and no annotations.`,
      );
  }
  if (spec.sidecar !== undefined)
    unsupported.push(
      'spec.sidecar: neither chart can set the sidecar; apply the AsyncActor manifest directly to keep it.',
    );
  for (const key of Object.keys(spec)) {
    if (!['transport', 'sidecar', ...passedThrough].includes(key))
      unsupported.push(`spec.${key}: not an AsyncActor field the chart renders.`);
  }
  const others = objects.filter((o) => o !== actor).length;
  if (others > 0) unsupported.push(`${others} other document(s) in the file were not imported.`);

  const header = `# Imported from an AsyncActor manifest by Actor Studio (chart profile ${profile}).\n`;
  return { ok: true, valuesText: header + printValuesYaml(values), unsupported };
}
