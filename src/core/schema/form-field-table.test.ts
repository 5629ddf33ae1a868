import { describe, expect, it } from 'vitest';
import { deriveFormFieldTable } from './derive-form-field-table.ts';
import { describeField } from './describe-field.ts';
import { formFieldDescription } from './form-field-table.ts';
import { formEntryPaths } from './form-sections.ts';

describe('form field table', () => {
  it('is the table derived from the values JSON Schema', async () => {
    await expect(`${JSON.stringify(deriveFormFieldTable(), null, 2)}\n`).toMatchFileSnapshot(
      'form-fields.json',
    );
  });

  it('describes every value the form shows, at any list index, as the schema does', () => {
    const at = (index: number) => (segment: string | number) =>
      typeof segment === 'number' ? index : segment;
    for (const { path } of formEntryPaths())
      for (const index of [0, 2]) {
        const concrete = path.map(at(index));
        expect(formFieldDescription(concrete), concrete.join('.')).toEqual(describeField(concrete));
      }
  });

  it('names a map entry after its map and its key, dots and all', () => {
    for (const { entry, path } of formEntryPaths())
      if (entry.kind === 'map')
        for (const key of ['cpu', 'nvidia.com/gpu', 'app.kubernetes.io/part-of']) {
          const concrete = [...path, key];
          expect(formFieldDescription(concrete), concrete.join('.')).toEqual(
            describeField(concrete),
          );
        }
    expect(
      formFieldDescription([
        'workload',
        'template',
        'spec',
        'containers',
        1,
        'resources',
        'limits',
        'cpu',
      ])?.label,
    ).toMatch(/: cpu$/);
  });

  it('knows nothing of values the form does not show', () => {
    expect(formFieldDescription(['scaling', 'triggers'])).toBeUndefined();
    expect(formFieldDescription(['nope'])).toBeUndefined();
  });
});
