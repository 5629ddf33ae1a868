import { z } from 'zod';
import type { ValuesPath } from '../diagnostics/diagnostic.ts';
import { valuesSchema } from './values-schema.ts';

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

interface FieldMeta {
  title?: string;
  description?: string;
  examples?: unknown[];
  secret?: boolean;
}

/** Strips optional/nullable/default wrappers, keeping the outermost metadata found on the way. */
function unwrap(schema: z.ZodType): { base: z.ZodType; meta: FieldMeta } {
  const meta: FieldMeta = {};
  let current: z.ZodType = schema;
  for (;;) {
    const found = current.meta() as FieldMeta | undefined;
    if (found) {
      meta.title ??= found.title;
      meta.description ??= found.description;
      meta.examples ??= found.examples;
      meta.secret ??= found.secret;
    }
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodDefault) {
      current = current.unwrap() as z.ZodType;
    } else {
      return { base: current, meta };
    }
  }
}

function child(base: z.ZodType, segment: string | number): z.ZodType | undefined {
  if (base instanceof z.ZodObject) {
    const shape = base.shape as Record<string, z.ZodType>;
    return Object.hasOwn(shape, String(segment)) ? shape[String(segment)] : undefined;
  }
  if (base instanceof z.ZodArray)
    return typeof segment === 'number' ? (base.element as z.ZodType) : undefined;
  if (base instanceof z.ZodRecord) return base.valueType as z.ZodType;
  return undefined;
}

function typeOf(base: z.ZodType): { type: FieldType; options?: string[]; min?: number } {
  if (base instanceof z.ZodString) return { type: 'string' };
  if (base instanceof z.ZodNumber) {
    const min = base.minValue;
    const bounded = min !== null && Number.isFinite(min) && min > Number.MIN_SAFE_INTEGER;
    return { type: base.isInt ? 'integer' : 'number', ...(bounded ? { min } : {}) };
  }
  if (base instanceof z.ZodBoolean) return { type: 'boolean' };
  if (base instanceof z.ZodEnum) return { type: 'enum', options: base.options.map(String) };
  if (base instanceof z.ZodRecord) return { type: 'map' };
  if (base instanceof z.ZodArray) return { type: 'list' };
  // A quantity or a target may be a string or a number: the form edits it as text.
  if (base instanceof z.ZodUnion) return { type: 'string' };
  return { type: 'object' };
}

/** `mountPath` → `Mount path`, for fields whose schema has no title. */
function humanize(segment: string | number): string {
  const words = String(segment)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The form's description of the value at a path, derived from `valuesSchema` (list indexes map to
 * the element schema). Undefined for keys the schema does not know.
 */
export function describeField(path: ValuesPath): FieldDescription | undefined {
  let schema: z.ZodType | undefined = valuesSchema;
  // An entry of a map (`limits.cpu`) is named after its map and its key: "Limits: cpu".
  let entryOf: string | undefined;
  for (const segment of path) {
    const parent = unwrap(schema);
    entryOf =
      parent.base instanceof z.ZodRecord
        ? `${parent.meta.title ?? 'Entry'}: ${segment}`
        : undefined;
    schema = child(parent.base, segment);
    if (schema === undefined) return undefined;
  }
  const { base, meta } = unwrap(schema);
  const last = path.at(-1);
  return {
    label: entryOf ?? meta.title ?? (last === undefined ? 'Values' : humanize(last)),
    help: meta.description ?? '',
    ...typeOf(base),
    ...(meta.secret ? { secret: true } : {}),
    ...(meta.examples ? { examples: meta.examples } : {}),
  };
}
