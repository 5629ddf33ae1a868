import { describe, expect, it } from 'vitest';
import { formatValuesPath } from '../diagnostics/diagnostic.ts';
import { describeField } from './describe-field.ts';
import { formEntryPaths } from './form-sections.ts';
import { valuesJsonSchema } from './json-schema.ts';
import { valuesSchema } from './values-schema.ts';

describe('valuesSchema', () => {
  it('accepts nulls where Helm treats them as missing keys', () => {
    expect(
      valuesSchema.safeParse({ name: null, scaling: { minReplicas: null }, workload: null })
        .success,
    ).toBe(true);
  });

  it('keeps unknown keys inside the pod spec', () => {
    const parsed = valuesSchema.parse({
      workload: {
        template: {
          spec: { affinity: { x: 1 }, containers: [{ name: 'asya-runtime', tty: true }] },
        },
      },
    });
    expect(parsed.workload?.template?.spec?.affinity).toEqual({ x: 1 });
    expect(parsed.workload?.template?.spec?.containers?.[0]).toEqual({
      name: 'asya-runtime',
      tty: true,
    });
  });

  it('rejects wrong types and values outside the CRD enums', () => {
    const result = valuesSchema.safeParse({
      scaling: { minReplicas: '1' },
      workload: { kind: 'Pod' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'scaling.minReplicas',
      'workload.kind',
    ]);
  });
});

describe('valuesJsonSchema', () => {
  it('matches the reviewed snapshot', async () => {
    await expect(`${JSON.stringify(valuesJsonSchema(), null, 2)}\n`).toMatchFileSnapshot(
      'values.schema.json',
    );
  });
});

describe('describeField', () => {
  it('reads labels, help, types, options and minimums from the schema', () => {
    expect(describeField(['scaling', 'minReplicas'])).toMatchObject({
      label: 'Minimum replicas',
      type: 'integer',
      min: 0,
    });
    expect(describeField(['scaling', 'advanced', 'metricType'])).toMatchObject({
      type: 'enum',
      options: ['AverageValue', 'Value', 'Utilization'],
    });
    expect(describeField(['awsSecretAccessKey'])).toMatchObject({ type: 'string', secret: true });
    expect(describeField(['labels'])).toMatchObject({ type: 'map' });
    expect(describeField(['workload', 'template', 'spec', 'containers'])).toMatchObject({
      type: 'list',
    });
  });

  it('maps list indexes to the element schema', () => {
    expect(describeField(['workload', 'template', 'spec', 'containers', 3, 'image'])).toMatchObject(
      {
        label: 'Image',
        type: 'string',
      },
    );
    expect(
      describeField(['workload', 'template', 'spec', 'containers', 0, 'env', 1, 'value']),
    ).toMatchObject({
      type: 'string',
    });
    expect(
      describeField([
        'workload',
        'template',
        'spec',
        'containers',
        0,
        'resources',
        'limits',
        'cpu',
      ]),
    ).toMatchObject({ type: 'string' });
  });

  it('knows nothing of keys outside the schema', () => {
    expect(describeField(['scaling', 'triggers'])).toBeUndefined();
    expect(describeField(['workload', 'template', 'spec', 'containers', 'x'])).toBeUndefined();
  });

  it('describes every path of the form, as the kind of control that edits it', () => {
    const undescribed: string[] = [];
    for (const { entry, path } of formEntryPaths()) {
      const field = describeField(path);
      if (!field) {
        undescribed.push(formatValuesPath(path));
        continue;
      }
      expect(field.label, formatValuesPath(path)).not.toBe('');
      if (entry.kind === 'field') expect(['map', 'list', 'object']).not.toContain(field.type);
      else expect(field.type, formatValuesPath(path)).toBe(entry.kind);
    }
    expect(undescribed).toEqual([]);
  });
});
