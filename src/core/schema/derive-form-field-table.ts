import { describeField } from './describe-field.ts';
import { formFieldPattern, type FormFieldTable } from './form-field-table.ts';
import { formEntryPaths } from './form-sections.ts';

/** Stands for a map's key while its entry is described; the table keeps `{key}` in its place. */
const keyPlaceholder = '\u0000key';

/** Reads from the values JSON Schema the description of every value the form shows. */
export function deriveFormFieldTable(): FormFieldTable {
  const table: Record<string, NonNullable<ReturnType<typeof describeField>>> = {};
  for (const { entry, path } of formEntryPaths()) {
    const description = describeField(path);
    if (description) table[formFieldPattern(path)] = description;
    const entryDescription = entry.kind === 'map' && describeField([...path, keyPlaceholder]);
    if (entryDescription)
      table[`${formFieldPattern(path)}.*`] = {
        ...entryDescription,
        label: entryDescription.label.replace(keyPlaceholder, '{key}'),
      };
  }
  return table;
}
