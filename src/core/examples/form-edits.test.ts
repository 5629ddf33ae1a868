import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ValuesPath } from '../diagnostics/diagnostic.ts';
import { parseValuesText, setValueAtPath, valueAtPath, valuesEqual } from '../document/index.ts';
import { describeField, formSections } from '../schema/index.ts';
import { readmeExamples } from './readme-examples.ts';

const formPaths: ValuesPath[] = formSections.flatMap((section) => section.fields);

function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value) && value.length > 0)
    return value.flatMap((item, i) => leafPaths(item, [...prefix, i]));
  if (typeof value === 'object' && value !== null && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...prefix, key]));
  }
  return [prefix];
}

const related = (a: ValuesPath, b: ValuesPath) =>
  a.slice(0, Math.min(a.length, b.length)).every((segment, i) => String(segment) === String(b[i]));

/** A value the form could write into this field. */
function valueFor(path: ValuesPath): fc.Arbitrary<unknown> {
  const field = describeField(path);
  switch (field?.type) {
    case 'integer':
      return fc.integer({ min: field.min ?? -5, max: 100_000 });
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...(field.options ?? ['x']));
    default:
      return fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('500m', '1Gi', 'yes', 'ceil(queueLength / 10)'),
      );
  }
}

describe('form edits on the README examples', () => {
  it.each(readmeExamples)(
    '$id: every form field edit reads back and leaves the rest of the file alone',
    ({ text }) => {
      const before = parseValuesText(text);
      const comments = text.split('\n').filter((line) => line.trimStart().startsWith('#'));
      fc.assert(
        fc.property(
          fc
            .constantFrom(...formPaths)
            .chain((path) =>
              fc.tuple(fc.constant(path), fc.option(valueFor(path), { nil: undefined, freq: 5 })),
            ),
          ([path, value]) => {
            const result = setValueAtPath(text, path, value);
            expect(result).toHaveProperty('text');
            if (!('text' in result)) return;
            const after = parseValuesText(result.text);
            expect(after.ok).toBe(true);
            const edited = valueAtPath(after.values, path);
            if (value === undefined) expect(edited.found).toBe(false);
            else expect(valuesEqual(edited.value, value)).toBe(true);
            for (const leaf of leafPaths(before.values)) {
              if (related(leaf, path)) continue;
              expect(
                valuesEqual(
                  valueAtPath(after.values, leaf).value,
                  valueAtPath(before.values, leaf).value,
                ),
              ).toBe(true);
            }
            for (const comment of comments) expect(result.text).toContain(comment);
          },
        ),
        { numRuns: 60 },
      );
    },
  );
});
