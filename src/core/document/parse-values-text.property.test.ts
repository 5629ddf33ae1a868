import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import {
  locateDiagnostics,
  parseValuesText,
  setValueAtPath,
  valueAtPath,
  valuesEqual,
} from './index.ts';

/** The refusals setValueAtPath documents (see set-value-at-path.ts); anything else is a bug. */
const documentedRefusal =
  /syntax errors|cannot be edited in place|is a list|cannot be extended|must be a map|cannot be removed|Too many copies|whole document cannot be deleted|would break the YAML|would not read back/;

/** Text that looks like YAML often enough to reach the parser's deeper paths. */
const yamlPiece = fc.constantFrom(
  'a',
  'b',
  'name',
  ':',
  ': ',
  '- ',
  '\n',
  '  ',
  '\t',
  '[',
  ']',
  '{',
  '}',
  ',',
  '"',
  "'",
  '#',
  '&x',
  '*x',
  '!!str',
  '!tag',
  '---',
  '...',
  '|',
  '>',
  '<<',
  '? ',
  'yes',
  '0777',
  '~',
  '\0',
  '\r\n',
  '__proto__',
  'constructor',
  '\uFEFF',
  '%YAML 1.2',
);
const yamlishText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(yamlPiece, { maxLength: 60 }).map((parts) => parts.join('')),
);

const pathSegment = fc.oneof(
  fc.constantFrom(
    'name',
    'scaling',
    'labels',
    'workload',
    'template',
    'spec',
    'containers',
    '__proto__',
    'constructor',
    'a',
  ),
  fc.string({ maxLength: 6 }),
  fc.nat(4),
);
const editValue = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ maxLength: 30 }),
);

function expectDiagnostic(d: Diagnostic, text: string): void {
  expect(d.ruleId).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
  expect(['error', 'warning', 'info']).toContain(d.severity);
  expect(d.message.length).toBeGreaterThan(0);
  expect(Array.isArray(d.path)).toBe(true);
  for (const segment of d.path) expect(['string', 'number']).toContain(typeof segment);
  if (d.range) {
    const lines = text.split(/\r\n|\r|\n/).length;
    expect(d.range.line).toBeGreaterThanOrEqual(1);
    expect(d.range.line).toBeLessThanOrEqual(lines);
    expect(d.range.col).toBeGreaterThanOrEqual(1);
  }
}

describe('document model on random text (property)', () => {
  it('parseValuesText never throws, keeps the text, and every problem is a located diagnostic', () => {
    fc.assert(
      fc.property(yamlishText, (text) => {
        const parsed = parseValuesText(text);
        expect(parsed.text).toBe(text);
        for (const d of parsed.diagnostics) {
          expectDiagnostic(d, text);
          // Syntax problems carry their place; a located list never loses one.
          if (d.stage === 'yaml') expect(d.range).toBeDefined();
        }
        expect(locateDiagnostics(parsed, parsed.diagnostics)).toHaveLength(
          parsed.diagnostics.length,
        );
        if (!parsed.ok) expect(parsed.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('locate, keyRange and pathAt never throw for any path or place', () => {
    fc.assert(
      fc.property(
        yamlishText,
        fc.array(pathSegment, { maxLength: 5 }),
        fc.integer({ min: -2, max: 50 }),
        fc.integer({ min: -2, max: 50 }),
        (text, path, line, col) => {
          const parsed = parseValuesText(text);
          parsed.locate(path);
          parsed.keyRange(path);
          expect(Array.isArray(parsed.pathAt(line, col))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('setValueAtPath on any text: the value reads back as set, or a documented refusal', () => {
    fc.assert(
      fc.property(
        yamlishText,
        fc.array(pathSegment, { minLength: 1, maxLength: 4 }),
        editValue,
        (text, path, value) => {
          const result = setValueAtPath(text, path, value);
          if ('error' in result) {
            // An exception inside the edit comes back as "The edit failed: …": never acceptable.
            expect(result.error).not.toMatch(/^The edit failed/);
            expect(result.error).toMatch(documentedRefusal);
            return;
          }
          expect(parseValuesText(text).ok).toBe(true);
          const after = parseValuesText(result.text);
          expect(after.ok).toBe(true);
          const edited = valueAtPath(after.values, path);
          if (value !== undefined) expect(valuesEqual(edited.value, value)).toBe(true);
          // A deleted list index may name the next item; a deleted key is gone.
          else if (typeof path.at(-1) !== 'number') expect(edited.found).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
