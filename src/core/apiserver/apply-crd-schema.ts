import type { SchemaNode } from './crd-schema.ts';
import { isRecord } from '@/core/shared/is-record.ts';

export type ObjectPath = (string | number)[];

/** One field the API server refuses, in its own wording (`spec.x: Invalid value: …`). */
export interface CrdViolation {
  path: ObjectPath;
  message: string;
}

/** What one pass over an object found: pruned unknown fields and validation failures. */
export interface SchemaFindings {
  pruned: ObjectPath[];
  violations: CrdViolation[];
}

const dotted = (path: ObjectPath): string => path.map(String).join('.');

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

function wrongType(path: ObjectPath, value: unknown, expected: string): CrdViolation {
  const actual = typeName(value);
  return {
    path,
    message: `${dotted(path)}: Invalid value: "${actual}": ${dotted(path)} in body must be of type ${expected}: "${actual}"`,
  };
}

function checkScalar(
  value: unknown,
  node: SchemaNode,
  path: ObjectPath,
  findings: SchemaFindings,
): unknown {
  if (node.type === 'string') {
    if (typeof value !== 'string')
      return void findings.violations.push(wrongType(path, value, 'string'));
    if (node.enum && !node.enum.includes(value)) {
      findings.violations.push({
        path,
        message: `${dotted(path)}: Unsupported value: "${value}": supported values: ${node.enum.map((v) => `"${v}"`).join(', ')}`,
      });
    } else if (node.minLength !== undefined && value.length < node.minLength) {
      findings.violations.push({
        path,
        message: `${dotted(path)}: Invalid value: "": ${dotted(path)} in body should be at least ${node.minLength} chars long`,
      });
    }
    return value;
  }
  if (node.type === 'integer') {
    if (typeof value !== 'number' || !Number.isInteger(value))
      return void findings.violations.push(wrongType(path, value, 'integer'));
    if (node.minimum !== undefined && value < node.minimum) {
      findings.violations.push({
        path,
        message: `${dotted(path)}: Invalid value: ${value}: ${dotted(path)} in body should be greater than or equal to ${node.minimum}`,
      });
    }
    return value;
  }
  if (node.type === 'boolean' && typeof value !== 'boolean')
    return void findings.violations.push(wrongType(path, value, 'boolean'));
  if (node.type === 'quantity' && typeof value !== 'string' && typeof value !== 'number')
    return void findings.violations.push(wrongType(path, value, 'string'));
  return value;
}

function applyObject(
  value: unknown,
  node: Extract<SchemaNode, { type: 'object' }>,
  path: ObjectPath,
  findings: SchemaFindings,
): unknown {
  if (!isRecord(value)) return void findings.violations.push(wrongType(path, value, 'object'));
  if (node.preserveUnknown && !node.properties) return value;
  const result: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry === null || entry === undefined) continue;
    const child = node.properties?.[key] ?? node.additional;
    if (!child) {
      if (node.preserveUnknown) result[key] = entry;
      else findings.pruned.push([...path, key]);
      continue;
    }
    const applied = applySchema(entry, child, [...path, key], findings);
    if (applied !== undefined) result[key] = applied;
  }
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (!(key in result) && 'default' in child && child.default !== undefined)
      result[key] = child.default;
  }
  for (const key of node.required ?? []) {
    if (
      !(key in result) &&
      !findings.violations.some((v) => dotted(v.path) === dotted([...path, key]))
    ) {
      findings.violations.push({
        path: [...path, key],
        message: `${dotted([...path, key])}: Required value`,
      });
    }
  }
  return result;
}

/**
 * The API server's handling of one value against its structural schema: unknown fields pruned,
 * nulls dropped, defaults applied inside existing objects, then validated (asya-operator.md §2.2).
 */
export function applySchema(
  value: unknown,
  node: SchemaNode,
  path: ObjectPath,
  findings: SchemaFindings,
): unknown {
  if (node.type === 'any') return value;
  if (node.type === 'object') return applyObject(value, node, path, findings);
  if (node.type === 'array') {
    if (!Array.isArray(value))
      return void findings.violations.push(wrongType(path, value, 'array'));
    return value.map((item, i) => applySchema(item, node.items, [...path, i], findings));
  }
  return checkScalar(value, node, path, findings);
}
