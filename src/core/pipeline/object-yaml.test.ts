import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readmeExamples } from '@/core/examples/index.ts';
import { operatorPresets } from '@/core/operator-settings/index.ts';
import { parseOperatorSettings } from '@/core/operator-settings/parse-operator-settings.ts';
import { parseValuesText, printManifestYaml } from '@/core/document/index.ts';
import { objectYaml } from './object-yaml.ts';
import { runPipeline } from './run-pipeline.ts';

/** Keys and strings that need quoting, block scalars, blank lines, or look like other types. */
const awkwardString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' lead',
    'trail ',
    'a: b',
    '- x',
    '#c',
    'yes',
    '0777',
    '1e3',
    'null',
    '~',
    'multi\nline',
    'x\n\ny\n',
    '\ttab',
    '"q"',
    "'s'",
    '__proto__',
    'é漢🚀',
  ),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 1 }),
    awkwardString,
    tie('list'),
    tie('map'),
  ),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(awkwardString, tie('node'), { maxKeys: 4 }),
})).node;

describe('objectYaml', () => {
  it('prints exactly what printManifestYaml prints for the whole value, for any JSON-like value', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(objectYaml(v)).toBe(printManifestYaml(v));
      }),
      { numRuns: 1500 },
    );
  });

  it('prints every rendered object of every README example the same way, also when printed again after a change', () => {
    const settings = parseOperatorSettings(operatorPresets[0]?.text ?? '').settings;
    for (const example of readmeExamples) {
      const values = parseValuesText(example.text).values;
      const result = runPipeline(values, {
        profile: 'asya-test-actor',
        operatorSettings: settings,
      });
      const objects = [
        ...result.chart.objects,
        ...result.stored.objects,
        ...result.operator.objects,
      ];
      expect(objects.length).toBeGreaterThan(0);
      for (const object of objects) {
        expect(objectYaml(object)).toBe(printManifestYaml(object));
        const changed = structuredClone(object) as { metadata?: Record<string, unknown> };
        changed.metadata = { ...changed.metadata, name: 'renamed: now' };
        expect(objectYaml(changed)).toBe(printManifestYaml(changed));
        expect(objectYaml(object)).toBe(printManifestYaml(object));
      }
    }
  });
});
