import type { ValuesPath } from '../diagnostics/diagnostic.ts';
import { describeField } from './describe-field.ts';
import {
  formFieldPattern,
  type FormFieldDescription,
  type FormFieldTable,
  type FormHelpTable,
} from './form-field-table.ts';
import { formEntryPaths } from './form-sections.ts';

/** Stands for a map's key while its entry is described; the table keeps `{key}` in its place. */
const keyPlaceholder = '\u0000key';

/** `describeField` less what the form does not show. */
export function describeFormField(path: ValuesPath): FormFieldDescription | undefined {
  const description = describeField(path);
  if (!description) return undefined;
  const shown: FormFieldDescription & { examples?: unknown } = { ...description };
  delete shown.examples;
  return shown;
}

/** Reads from the values JSON Schema the description and the help of every value the form shows. */
export function deriveFormFieldTables(): { fields: FormFieldTable; help: FormHelpTable } {
  const fields: Record<string, Omit<FormFieldDescription, 'help'>> = {};
  const help: Record<string, string> = {};
  const add = (pattern: string, description: FormFieldDescription | undefined) => {
    if (!description) return;
    const { help: text, ...shown } = description;
    fields[pattern] = { ...shown, label: shown.label.replace(keyPlaceholder, '{key}') };
    if (text) help[pattern] = text;
  };
  for (const { entry, path } of formEntryPaths()) {
    add(formFieldPattern(path), describeFormField(path));
    if (entry.kind === 'map')
      add(`${formFieldPattern(path)}.*`, describeFormField([...path, keyPlaceholder]));
  }
  return { fields, help };
}
