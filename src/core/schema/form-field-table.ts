import type { ValuesPath } from '../diagnostics/diagnostic.ts';
import type { FieldDescription } from './describe-field.ts';
// Derived from the values JSON Schema by `deriveFormFieldTable` for the paths the form shows
// (kept in step by the snapshot test in form-field-table.test.ts): the form's first load needs
// these few descriptions, not the whole schema.
import formFields from './form-fields.json' with { type: 'json' };

/**
 * The form's descriptions by path pattern: list indexes are `#`, and a map's entries are
 * `<map>.*`, whose label names the key in place of `{key}`.
 */
export type FormFieldTable = Readonly<Record<string, FieldDescription>>;

const table: FormFieldTable = formFields as FormFieldTable;

/** The pattern of a path: list indexes become `#`. */
export const formFieldPattern = (path: ValuesPath): string =>
  path.map((segment) => (typeof segment === 'number' ? '#' : segment)).join('.');

/** The description of a value the form shows (as `describeField` reads it from the schema). */
export function formFieldDescription(path: ValuesPath): FieldDescription | undefined {
  const exact = table[formFieldPattern(path)];
  if (exact) return exact;
  const key = path.at(-1);
  const entry = table[`${formFieldPattern(path.slice(0, -1))}.*`];
  return entry && key !== undefined
    ? { ...entry, label: entry.label.replace('{key}', String(key)) }
    : undefined;
}
