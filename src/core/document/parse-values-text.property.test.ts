import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, ValuesPath } from '../diagnostics/diagnostic.ts';
import {
  locateDiagnostics,
  parseValuesText,
  setValueAtPath,
  valueAtPath,
  valuesEqual,
  type ParsedValues,
} from './index.ts';
import { parseOrThrow, parseUncached } from './parse-values-text.ts';

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

/**
 * An `actors:` document as teams keep them (about 2,000 characters an actor), with `extra` lines
 * after the first actor's name: the readings, refusals and structures a patched read must notice.
 */
function actorsDocument(count: number, extra: readonly string[]): string {
  const actor = (i: number) => [
    `# actor ${i}`,
    `- name: step-${i}`,
    ...(i === 0 ? extra : []),
    '  scaling:',
    `    enabled: ${i % 2 === 0 ? 'yes' : 'true'}`,
    `    maxReplicas: ${10 + i}`,
    '    queueLength: 0777',
    '  workload:',
    '    template:',
    '      spec:',
    '        containers:',
    '        - name: asya-runtime',
    `          image: "python:3.13-slim" # pinned ${i}`,
    '          env:',
    ...Array.from({ length: 12 }, (_, k) => [
      `          - name: SETTING_${k}`,
      `            value: ${k % 3 === 0 ? `'single ${k}'` : k % 3 === 1 ? `"double ${k}"` : `plain ${k}`}`,
    ]).flat(),
  ];
  return [
    'namespace: team',
    'transport: rabbitmq',
    'actors:',
    ...Array.from({ length: count }, (_, i) => actor(i)).flat(),
    '',
  ].join('\n');
}

/**
 * The first actor's extra lines. The first four leave each scalar's reading to its own text (a
 * patched read reuses the rest); each later one makes a patched read fall back to reading it all.
 */
const actorExtras: readonly (readonly string[])[] = [
  [],
  ['  flag: on', '  mode: 0x1F'],
  ['  bad: "\\ud800"'],
  ['  __proto__:', '    polluted: yes', '  10: ten', '  2.50: half'],
  ['  name: twice'],
  ['  base: &base { a: 1 }', '  copy: *base'],
  ['  merged:', '    <<: { a: 1 }', '    b: 2'],
  ['  tagged: !custom value'],
  ['  tab: "a\tb"'],
  ['  limit: .inf'],
];

/** Paths a person's cursor or a problem would look up, present or not. */
const lookedUpPaths: ValuesPath[] = [
  [],
  ['namespace'],
  ['actors', 0, 'name'],
  ['actors', 0, 'flag'],
  ['actors', 0, '__proto__', 'polluted'],
  ['actors', 0, '10'],
  ['actors', 1, 'scaling', 'maxReplicas'],
  ['actors', 2, 'workload', 'template', 'spec', 'containers', 0, 'image'],
  ['actors', 3, 'workload', 'template', 'spec', 'containers', 0, 'env', 5, 'value'],
  ['actors', 3, 'missing', 'deeper'],
  ['actors', 9],
];

/** A full read and the read that typing led to agree on everything a caller can see. */
function expectSameRead(read: ParsedValues, full: ParsedValues): void {
  expect(read.ok).toBe(full.ok);
  expect(read.values).toStrictEqual(full.values);
  expect(read.diagnostics).toStrictEqual(full.diagnostics);
  for (const path of lookedUpPaths) {
    expect(read.locate(path)).toStrictEqual(full.locate(path));
    expect(read.keyRange(path)).toStrictEqual(full.keyRange(path));
  }
  const lines = full.text.split('\n').length;
  for (let line = 1; line <= lines; line += 3)
    for (const col of [1, 5, 12, 30])
      expect(read.pathAt(line, col)).toEqual(full.pathAt(line, col));
}

interface Keystroke {
  at: number;
  atLineEnd: boolean;
  insert: boolean;
  chars: string;
  count: number;
}

/**
 * One keystroke: up to three characters typed (mostly letters), or deleted, mostly at the end of a
 * line (where a person types into a value), else anywhere.
 */
const keystroke: fc.Arbitrary<Keystroke> = fc.record({
  at: fc.nat(),
  atLineEnd: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, fc.constant(false)),
  insert: fc.boolean(),
  chars: fc.oneof(
    { weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9 .]{1,3}$/) },
    { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9 :#"'\-[\]{},&*!|>%@`.+\\\t]{1,3}$/) },
  ),
  count: fc.integer({ min: 1, max: 3 }),
});

/** The text after one keystroke. */
function typeInto(text: string, { at, atLineEnd, insert, chars, count }: Keystroke): string {
  // Lines that end in a value or a comment, not in a key.
  const lineEnds = [...text.matchAll(/[^:\n]\n/g)].map((m) => m.index + 1);
  const offset = atLineEnd
    ? (lineEnds[at % lineEnds.length] ?? text.length) - (insert ? 0 : count)
    : at % (text.length + 1);
  const start = Math.max(0, offset);
  return insert
    ? text.slice(0, start) + chars + text.slice(start)
    : text.slice(0, start) + text.slice(Math.min(text.length, start + count));
}

describe('typing in a large document (property)', () => {
  it('reads each text as a full parse does, though it is patched from the text before', () => {
    const bases = actorExtras.map((extra) => actorsDocument(5, extra));
    let shared = 0;
    let steps = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...bases.slice(0, 4)) },
          fc.constantFrom(...bases.slice(4)),
        ),
        fc.array(keystroke, { minLength: 1, maxLength: 6 }),
        (base, keystrokes) => {
          // The base's own read holds its tree, so the first keystroke is patched from it.
          expect(parseOrThrow(base).doc.contents).not.toBeNull();
          const first = parseValuesText(base);
          let text = base;
          let previous = first;
          for (const key of keystrokes) {
            text = typeInto(text, key);
            const read = parseValuesText(text);
            expectSameRead(read, parseUncached(text).parsed);
            steps++;
            // An actor the keystroke did not touch keeps its values: the read was patched.
            const actors = (read.values as { actors?: unknown[] }).actors;
            const before = (previous.values as { actors?: unknown[] }).actors;
            if (actors?.some((a, i) => before?.[i] === a)) shared++;
            previous = read;
          }
          // A read whose tree a later keystroke took over still answers as it did.
          expectSameRead(first, parseUncached(base).parsed);
        },
      ),
      { numRuns: 120 },
    );
    // The property says little unless many keystrokes took the patched read.
    expect(shared).toBeGreaterThan(steps / 8);
  }, 120_000);
});
