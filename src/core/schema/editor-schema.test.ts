import { describe, expect, it } from 'vitest';
import { parseValuesText } from '@/core/document/index.ts';
import { validateValues } from '@/core/validation/index.ts';
import { closedValuesMaps, editorValuesJsonSchema } from './editor-schema.ts';

describe('editorValuesJsonSchema', () => {
  const schema = editorValuesJsonSchema() as {
    additionalProperties?: unknown;
    properties: Record<string, { anyOf?: { additionalProperties?: unknown }[] }>;
  };

  it('closes the actor level and the scaling, workload and timeout maps', () => {
    expect(schema.additionalProperties).toBe(false);
    for (const key of ['scaling', 'workload', 'timeout'])
      expect(schema.properties[key]?.anyOf?.[0]?.additionalProperties).toBe(false);
  });

  it('closes exactly the maps where the studio reports an unknown key', () => {
    for (const path of closedValuesMaps) {
      const nested = [...path].reverse().reduce<object>((inner, key) => ({ [key]: inner }), {
        typoKey: 1,
      });
      const text = JSON.stringify({ name: 'a', ...nested });
      const ids = validateValues(parseValuesText(text), { profile: 'asya-test-actor' }).map(
        (d) => `${d.ruleId} ${d.path.join('.')}`,
      );
      expect(ids).toContain(`values/unknown-key ${[...path, 'typoKey'].join('.')}`);
    }
  });

  it('leaves every other map open (pod spec, labels): any Kubernetes field may be there', () => {
    const closed = JSON.stringify(schema).match(/"additionalProperties":false/g) ?? [];
    expect(closed).toHaveLength(closedValuesMaps.length);
  });
});
