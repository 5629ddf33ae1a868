import type { ValuesPath } from '../diagnostics/diagnostic.ts';
import type { FieldDescription } from './describe-field.ts';
// Derived from the values JSON Schema by `deriveFormFieldTables` for the paths the form shows
// (kept in step by the snapshot tests in form-field-table.test.ts): the form's first load needs
// these few descriptions, not the whole schema. The help texts, most of the bytes, are a second
// table (form-help.json) that loads after the first paint.
import formFields from './form-fields.json' with { type: 'json' };

/** What the form shows of a value: the schema's `examples` are for the editor's completion only. */
export type FormFieldDescription = Omit<FieldDescription, 'examples'>;

/**
 * The form's descriptions by path pattern, help left out: list indexes are `#`, and a map's
 * entries are `<map>.*`, whose label names the key in place of `{key}`.
 */
export type FormFieldTable = Readonly<Record<string, Omit<FormFieldDescription, 'help'>>>;

/** The help text of each value the form shows, by the same path patterns. */
export type FormHelpTable = Readonly<Record<string, string>>;

const table: FormFieldTable = formFields as FormFieldTable;

/** The pattern of a path: list indexes become `#`. */
export const formFieldPattern = (path: ValuesPath): string =>
  path.map((segment) => (typeof segment === 'number' ? '#' : segment)).join('.');

/** The patterns a path may be listed under: its own, then as the entry of a map. */
const patterns = (path: ValuesPath) => [
  formFieldPattern(path),
  `${formFieldPattern(path.slice(0, -1))}.*`,
];

/**
 * The description of a value the form shows, as `describeField` reads it from the schema (less
 * its examples); its help is empty until the help table has loaded.
 */
export function formFieldDescription(
  path: ValuesPath,
  help?: FormHelpTable,
): FormFieldDescription | undefined {
  const key = path.at(-1);
  const pattern = patterns(path).find((p) => Object.hasOwn(table, p));
  const shown = pattern === undefined ? undefined : table[pattern];
  if (pattern === undefined || shown === undefined || key === undefined) return undefined;
  return {
    ...shown,
    label: shown.label.replace('{key}', String(key)),
    help: help?.[pattern] ?? '',
  };
}
