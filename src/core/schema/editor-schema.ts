import type { ValuesPath } from '@/core/diagnostics/index.ts';
import { valuesJsonSchema } from './json-schema.ts';
import { isRecord } from '@/core/shared/is-record.ts';

/**
 * The maps whose every key the chart knows: where the studio reports `values/unknown-key`
 * (src/core/validation/values-rules.ts). Elsewhere (pod spec, labels) any key is fine.
 */
export const closedValuesMaps: readonly ValuesPath[] = [
  [],
  ['scaling'],
  ['scaling', 'advanced'],
  ['workload'],
  ['timeout'],
];

type SchemaNode = Record<string, unknown>;

/** The object schemas at a values path, through the `anyOf` branches zod writes for nullable values. */
function objectNodesAt(node: SchemaNode, path: ValuesPath): SchemaNode[] {
  const branches = Array.isArray(node.anyOf) ? node.anyOf.filter(isRecord) : [node];
  const objects = branches.filter((b) => isRecord(b.properties));
  if (path.length === 0) return objects;
  const [key, ...rest] = path;
  return objects.flatMap((o) => {
    const child = (o.properties as SchemaNode)[String(key)];
    return isRecord(child) ? objectNodesAt(child, rest) : [];
  });
}

/**
 * The values schema for editors outside the studio (yaml-language-server, VS Code): the studio's
 * schema with `additionalProperties: false` on the maps the chart fully knows, so a typo'd key
 * is flagged there as the studio flags it. The studio's own editor keeps the open schema: its
 * Problems list already reports unknown keys, with a fix.
 */
export function editorValuesJsonSchema(): SchemaNode {
  const schema = valuesJsonSchema();
  for (const path of closedValuesMaps)
    for (const node of objectNodesAt(schema, path)) node.additionalProperties = false;
  return schema;
}
