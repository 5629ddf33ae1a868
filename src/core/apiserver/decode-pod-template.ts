import type { ObjectPath } from './apply-crd-schema.ts';
import fields from './kubernetes-1.29-pod-fields.json' with { type: 'json' };
import { canonicalQuantity } from './quantity.ts';

/**
 * The operator decodes `spec.workload.template` into `corev1.PodTemplateSpec` of k8s.io/api v0.29.2
 * (deliveryhero/asya@23d62b0 src/asya-operator/api/v1alpha1/asya_types.go, go.mod) with
 * apimachinery's case-sensitive JSON decoder (sigs.k8s.io/json). The field set is Kubernetes 1.29's,
 * generated from kubernetes-types@1.29.0 by scripts/generate-kubernetes-fields.ts.
 */
const types: Record<string, Record<string, string>> = fields.types;

/** The JSON field names of one of those Go types (e.g. `PodSpec`). */
export function podFieldNames(type: string): string[] {
  return Object.keys(types[type] ?? {});
}

/** A field the 1.29 types do not have: the decode skips it, so the operator's write drops it. */
export interface DroppedField {
  path: ObjectPath;
  /** The Go type that lacks the field, e.g. `PodSecurityContext`. */
  owner: string;
}

/** A value the Go types cannot hold: decoding the actor (and the list it is in) fails. */
export interface DecodeError {
  path: ObjectPath;
  /** The Go type and field, e.g. `EnvVar.value`. */
  field: string;
  /** What the JSON has and what Go expects, e.g. `a number where Go has a string`. */
  problem: string;
}

export interface PodTemplateDecode {
  template: unknown;
  dropped: DroppedField[];
  errors: DecodeError[];
}

interface Walk {
  dropped: DroppedField[];
  errors: DecodeError[];
}

function jsonKind(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'boolean' ? 'a boolean' : `a ${typeof value}`;
}

const expected: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  boolean: 'a boolean',
  quantity: 'a resource quantity (resource.Quantity)',
  'int-or-string': 'an integer or a string (intstr.IntOrString)',
  time: 'an RFC 3339 time string (metav1.Time)',
};

function scalarFits(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
    case 'time':
      return typeof value === 'string';
    case 'integer':
      return Number.isSafeInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return typeof value === 'string' || Number.isSafeInteger(value);
  }
}

function decodeValue(
  type: string,
  value: unknown,
  path: ObjectPath,
  field: string,
  walk: Walk,
): unknown {
  if (type === 'any') return value;
  const fail = (problem: string): undefined => {
    walk.errors.push({ path, field, problem });
    return undefined;
  };
  if (type.endsWith('[]')) {
    if (!Array.isArray(value)) return fail(`${jsonKind(value)} where Go has a list`);
    const item = type.slice(0, -2);
    return (value as unknown[]).map((v, i) =>
      v === null ? v : decodeValue(item, v, [...path, i], field, walk),
    );
  }
  if (type.startsWith('{')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return fail(`${jsonKind(value)} where Go has a map`);
    const item = type.slice(1, -1);
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, decodeValue(item, v, [...path, k], field, walk)]),
    );
  }
  const struct = types[type];
  if (struct) {
    if (typeof value !== 'object' || Array.isArray(value))
      return fail(`${jsonKind(value)} where Go has an object (${type})`);
    return decodeStruct(type, value as Record<string, unknown>, path, walk);
  }
  if (type === 'quantity') {
    // resource.Quantity's UnmarshalJSON parses quoted and bare numbers alike, and its MarshalJSON
    // writes the canonical form back (`1000m` → `"1"`).
    const canonical = canonicalQuantity(value);
    if (canonical !== undefined) return canonical;
    return typeof value === 'string' || typeof value === 'number'
      ? fail(
          `${JSON.stringify(value)}, which is not a quantity (quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$')`,
        )
      : fail(`${jsonKind(value)} where Go has ${expected.quantity}`);
  }
  if (scalarFits(type, value)) return value;
  return fail(`${jsonKind(value)} where Go has ${expected[type] ?? type}`);
}

/** Known fields decoded, unknown ones dropped, nulls left out (Go's zero value, omitted again). */
function decodeStruct(
  type: string,
  object: Record<string, unknown>,
  path: ObjectPath,
  walk: Walk,
): Record<string, unknown> {
  const known = types[type] ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    const fieldType = Object.hasOwn(known, key) ? known[key] : undefined;
    if (fieldType === undefined) walk.dropped.push({ path: [...path, key], owner: type });
    else if (value !== null)
      out[key] = decodeValue(fieldType, value, [...path, key], `${type}.${key}`, walk);
  }
  return out;
}

/** `spec.workload.template` after the operator's decode and write-back (asya-operator.md §2.3). */
export function decodePodTemplate(template: unknown, path: ObjectPath): PodTemplateDecode {
  const walk: Walk = { dropped: [], errors: [] };
  if (template === null || typeof template !== 'object' || Array.isArray(template))
    return { template, ...walk };
  const { metadata, spec } = template as Record<string, unknown>;
  const decoded: Record<string, unknown> = {};
  for (const [key, value, root] of [
    ['metadata', metadata, fields.roots.objectMeta],
    ['spec', spec, fields.roots.podSpec],
  ] as const) {
    if (value === undefined || value === null) continue;
    decoded[key] = decodeValue(root, value, [...path, key], `PodTemplateSpec.${key}`, walk);
  }
  return { template: decoded, ...walk };
}
