import { z } from 'zod';
import { valuesSchema } from './values-schema.ts';

/** The editor's JSON Schema (completion and hover in monaco-yaml), derived from `valuesSchema`. */
export function valuesJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(valuesSchema, {
    io: 'input',
    target: 'draft-7',
    unrepresentable: 'any',
  });
}
