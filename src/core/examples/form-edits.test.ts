import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ValuesPath } from '../diagnostics/diagnostic.ts';
import { parseValuesText, setValueAtPath, valueAtPath, valuesEqual } from '../document/index.ts';
import { describeField, formEntryPaths } from '../schema/index.ts';
import { readmeExamples } from './readme-examples.ts';

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
function fieldValue(path: ValuesPath): fc.Arbitrary<unknown> {
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

/** A key with a dot in it, as map rows often have: the path must not split it. */
const mapKey = 'nvidia.com/gpu';

/**
 * Every edit the form makes: each field (list items at index 0), each map and list as a whole,
 * and one row of each map.
 */
const formEdits: { path: ValuesPath; value: fc.Arbitrary<unknown> }[] = formEntryPaths().flatMap(
  ({ entry, path }) => {
    switch (entry.kind) {
      case 'field':
        return [{ path, value: fieldValue(path) }];
      case 'list':
        return [
          {
            path,
            value: fc
              .integer({ min: 1, max: 3 })
              .map((n) => Array.from({ length: n }, () => structuredClone(entry.newItem))),
          },
        ];
      case 'map':
        return [
          {
            path,
            value: fc.dictionary(fc.constantFrom('team', mapKey, 'a b'), fc.string(), {
              maxKeys: 3,
            }),
          },
          { path: [...path, mapKey], value: fieldValue([...path, mapKey]) },
        ];
    }
  },
);

/** Edits the text at the path and checks the value reads back while the rest of the file stays. */
function checkEdit(text: string, path: ValuesPath, value: unknown) {
  const before = parseValuesText(text);
  const comments = text.split('\n').filter((line) => line.trimStart().startsWith('#'));
  const result = setValueAtPath(text, path, value);
  expect(result, path.join('.')).toHaveProperty('text');
  if (!('text' in result)) return;
  const after = parseValuesText(result.text);
  expect(after.ok).toBe(true);
  const edited = valueAtPath(after.values, path);
  if (value === undefined) expect(edited.found, path.join('.')).toBe(false);
  else expect(valuesEqual(edited.value, value), path.join('.')).toBe(true);
  for (const leaf of leafPaths(before.values)) {
    if (related(leaf, path)) continue;
    expect(
      valuesEqual(valueAtPath(after.values, leaf).value, valueAtPath(before.values, leaf).value),
      `${path.join('.')} changed ${leaf.join('.')}`,
    ).toBe(true);
  }
  for (const comment of comments) expect(result.text).toContain(comment);
}

describe('form edits on the README examples', () => {
  it.each(readmeExamples)(
    '$id: every edit the form makes reads back and leaves the rest of the file alone',
    ({ text }) => {
      for (const { path, value } of formEdits) {
        fc.assert(
          fc.property(fc.option(value, { nil: undefined, freq: 5 }), (edit) =>
            checkEdit(text, path, edit),
          ),
          { numRuns: 8 },
        );
      }
    },
  );
});
