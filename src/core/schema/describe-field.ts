import type { ValuesPath } from '../diagnostics/diagnostic.ts';
// The JSON Schema derived from `valuesSchema` (kept in step by the snapshot test in
// values-schema.test.ts). The form reads it instead of the zod schema so that zod stays out of
// the page's first load; it is the same single definition, one derivation further.
import valuesJsonSchema from './values.schema.json' with { type: 'json' };

export type FieldType =
  'string' | 'integer' | 'number' | 'boolean' | 'enum' | 'map' | 'list' | 'object';

/** What the form needs to show one value, read from the schema's metadata. */
export interface FieldDescription {
  label: string;
  help: string;
  type: FieldType;
  options?: string[];
  secret?: boolean;
  min?: number;
  examples?: unknown[];
}

/** The parts of a draft-7 JSON Schema node that `z.toJSONSchema` writes for the values. */
interface SchemaNode {
  title?: string;
  description?: string;
  examples?: unknown[];
  secret?: boolean;
  type?: string | string[];
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  enum?: unknown[];
  minimum?: number;
}

type Meta = Pick<SchemaNode, 'title' | 'description' | 'examples' | 'secret'>;

const isNullOnly = (node: SchemaNode) => node.type === 'null';

/** Strips nullable wrappers (`anyOf` with `null`), keeping the outermost metadata found on the way. */
function unwrap(node: SchemaNode): { base: SchemaNode; meta: Meta } {
  const meta: Meta = {};
  let current = node;
  for (;;) {
    meta.title ??= current.title;
    meta.description ??= current.description;
    meta.examples ??= current.examples;
    meta.secret ??= current.secret;
    const options = current.anyOf?.filter((n) => !isNullOnly(n));
    if (options?.length !== 1 || !options[0]) return { base: current, meta };
    current = options[0];
  }
}

function types(node: SchemaNode): string[] {
  return Array.isArray(node.type)
    ? node.type.filter((t) => t !== 'null')
    : node.type
      ? [node.type]
      : [];
}

function isMap(node: SchemaNode): boolean {
  return typeof node.additionalProperties === 'object' && !node.properties;
}

function child(base: SchemaNode, segment: string | number): SchemaNode | undefined {
  if (types(base).includes('array')) return typeof segment === 'number' ? base.items : undefined;
  const key = String(segment);
  if (base.properties && Object.hasOwn(base.properties, key)) return base.properties[key];
  return typeof base.additionalProperties === 'object' ? base.additionalProperties : undefined;
}

function typeOf(base: SchemaNode): Pick<FieldDescription, 'type' | 'options' | 'min'> {
  if (base.enum) return { type: 'enum', options: base.enum.map(String) };
  const t = types(base);
  // A quantity or a target may be a string or a number: the form edits it as text.
  if (base.anyOf || t.length > 1) return { type: 'string' };
  const bounded =
    base.minimum !== undefined && base.minimum > Number.MIN_SAFE_INTEGER
      ? { min: base.minimum }
      : {};
  if (t.includes('integer')) return { type: 'integer', ...bounded };
  if (t.includes('number')) return { type: 'number', ...bounded };
  if (t.includes('boolean')) return { type: 'boolean' };
  if (t.includes('string')) return { type: 'string' };
  if (t.includes('array')) return { type: 'list' };
  return { type: isMap(base) ? 'map' : 'object' };
}

/** `mountPath` → `Mount path`, for fields whose schema has no title. */
function humanize(segment: string | number): string {
  const words = String(segment)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The form's description of the value at a path (list indexes map to the element schema).
 * Undefined for keys the schema does not know.
 */
export function describeField(path: ValuesPath): FieldDescription | undefined {
  let node: SchemaNode | undefined = valuesJsonSchema;
  // An entry of a map (`limits.cpu`) is named after its map and its key: "Limits: cpu".
  let entryOf: string | undefined;
  for (const segment of path) {
    const parent = unwrap(node);
    entryOf = isMap(parent.base) ? `${parent.meta.title ?? 'Entry'}: ${segment}` : undefined;
    node = child(parent.base, segment);
    if (node === undefined) return undefined;
  }
  const { base, meta } = unwrap(node);
  const last = path.at(-1);
  return {
    label: entryOf ?? meta.title ?? (last === undefined ? 'Values' : humanize(last)),
    help: meta.description ?? '',
    ...typeOf(base),
    ...(meta.secret ? { secret: true } : {}),
    ...(meta.examples ? { examples: meta.examples } : {}),
  };
}
