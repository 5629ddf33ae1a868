import { describe, expect, it } from 'vitest';
import type { ValuesPath } from '../diagnostics/diagnostic.ts';
import { deriveFormFieldTables, describeFormField } from './derive-form-field-table.ts';
import { describeField } from './describe-field.ts';
import { formFieldDescription } from './form-field-table.ts';
import formHelp from './form-help.json' with { type: 'json' };
import { formEntryPaths } from './form-sections.ts';

const tables = deriveFormFieldTables();
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every path the form asks about: each entry at two list indexes, and map entries with dotted keys. */
const askedPaths: ValuesPath[] = formEntryPaths().flatMap(({ entry, path }) => {
  const at = (index: number) => path.map((s) => (typeof s === 'number' ? index : s));
  const entries =
    entry.kind === 'map' ? ['cpu', 'nvidia.com/gpu'].map((key) => [...path, key]) : [];
  return [at(0), at(2), ...entries];
});

describe('form field tables', () => {
  it('are the tables derived from the values JSON Schema', async () => {
    await expect(json(tables.fields)).toMatchFileSnapshot('form-fields.json');
    await expect(json(tables.help)).toMatchFileSnapshot('form-help.json');
  });

  it('describe every value the form shows as the schema does, help included once loaded', () => {
    for (const path of askedPaths) {
      const expected = describeFormField(path);
      expect(expected, path.join('.')).toBeDefined();
      expect(formFieldDescription(path, formHelp), path.join('.')).toEqual(expected);
      expect(formFieldDescription(path), path.join('.')).toEqual({ ...expected, help: '' });
    }
  });

  it('name a map entry after its map and its key, dots and all', () => {
    const limit = formFieldDescription([
      'workload',
      'template',
      'spec',
      'containers',
      1,
      'resources',
      'limits',
      'nvidia.com/gpu',
    ]);
    expect(limit?.label).toMatch(/: nvidia\.com\/gpu$/);
  });

  it('leave out only the examples, which the form does not show', () => {
    const { examples, ...shown } = describeField(['name']) ?? {};
    expect(examples).toBeDefined();
    expect(formFieldDescription(['name'], formHelp)).toEqual(shown);
  });

  it('know nothing of values the form does not show', () => {
    expect(formFieldDescription(['scaling', 'triggers'])).toBeUndefined();
    expect(formFieldDescription(['nope'])).toBeUndefined();
  });
});
