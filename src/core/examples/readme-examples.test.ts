import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseValuesText } from '../document/index.ts';
import { validateValues } from '../validation/index.ts';
import { defaultExampleId, readmeExamples } from './readme-examples.ts';

const readme = readFileSync(
  new URL('../../../conformance/upstream/seed/asya-test-actor-chart-README.md', import.meta.url),
  'utf8',
);

describe('readmeExamples', () => {
  it('holds the six examples, Basic Installation and my-values.yaml, with unique ids', () => {
    expect(readmeExamples).toHaveLength(8);
    expect(new Set(readmeExamples.map((example) => example.id)).size).toBe(8);
    expect(readmeExamples.map((example) => example.id)).toContain(defaultExampleId);
  });

  it.each(readmeExamples.filter((example) => example.id !== 'basic-installation'))(
    '$id is the README text verbatim after its header line',
    ({ text }) => {
      expect(readme).toContain(text.slice(text.indexOf('\n') + 1));
    },
  );

  it.each(readmeExamples)('$id parses without syntax errors or YAML warnings', ({ text }) => {
    const parsed = parseValuesText(text);
    expect(parsed.ok).toBe(true);
    expect(parsed.diagnostics).toEqual([]);
  });

  /**
   * Where the README itself is wrong. Basic Installation: `--set …containers[0].env[0]…` creates a
   * new container list whose only container has no name (readme-profile.md §7, F1).
   */
  const readmeMistakes: Record<string, string[]> = {
    'basic-installation': ['schema/missing-value', 'operator/runtime-container-count'],
  };

  it.each(readmeExamples)(
    "$id has no error diagnostics beyond the README's own mistakes",
    ({ id, text }) => {
      const errors = validateValues(parseValuesText(text)).filter((d) => d.severity === 'error');
      expect(errors.map((d) => d.ruleId)).toEqual(readmeMistakes[id] ?? []);
    },
  );

  it.each(readmeExamples)('$id has no warnings in either chart profile', ({ text }) => {
    for (const profile of ['asya-test-actor', 'asya-actor'] as const) {
      const warnings = validateValues(parseValuesText(text), { profile }).filter(
        (d) => d.severity !== 'error',
      );
      expect(warnings).toEqual([]);
    }
  });

  it('starts with the echo actor', () => {
    const example = readmeExamples.find((candidate) => candidate.id === defaultExampleId);
    expect(parseValuesText(example?.text ?? '').values).toMatchObject({ name: 'echo-actor' });
  });
});
