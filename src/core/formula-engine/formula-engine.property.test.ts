import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileExpression, compileFormula, formulaLimits } from './index.ts';

const variables = ['queueLength', 'messageCount', 'a'];
const piece = fc.constantFrom(
  'queueLength',
  'messageCount',
  'a',
  'ceil',
  'floor',
  'max',
  'min',
  'abs',
  'round',
  'pow',
  'import',
  'createUnit',
  'evaluate',
  'parse',
  'compile',
  'constructor',
  'prototype',
  '__proto__',
  'cos',
  'f',
  'x',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  '.',
  ';',
  ':',
  '=',
  '?',
  '??',
  '+',
  '-',
  '*',
  '/',
  '^',
  '%',
  '!',
  '==',
  '<',
  '>',
  'and',
  'or',
  'not',
  '"s"',
  "'s'",
  '1',
  '0',
  '1e308',
  '-1',
  '0.5',
  'NaN',
  'Infinity',
  'true',
  'null',
  ' ',
  '\n',
  '\u202e',
  '**',
  '&&',
  '..',
  'x => x',
  'f(x) = x',
  '$',
  '@',
  '#',
  '`',
);
const formulaText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' ')),
);
const scopeValue = fc.oneof(fc.double(), fc.integer(), fc.constant(null), fc.constant(undefined));

describe('formula engine on random text (property)', () => {
  it('compileFormula never throws: a formula, or a refusal with a message and an in-text place', () => {
    fc.assert(
      fc.property(formulaText, (text) => {
        const result = compileFormula(text, variables);
        if (!result.ok) {
          expect(result.message.length).toBeGreaterThan(0);
          if (result.offset !== undefined) {
            expect(result.offset).toBeGreaterThanOrEqual(0);
            expect(result.offset).toBeLessThanOrEqual(text.length);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('a compiled formula never throws when evaluated: a finite number or an error as data', () => {
    fc.assert(
      fc.property(formulaText, fc.tuple(scopeValue, scopeValue, scopeValue), (text, [q, m, a]) => {
        const result = compileFormula(text, variables);
        if (!result.ok) return;
        const value = result.evaluate({ queueLength: q, messageCount: m, a });
        if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
        else expect(typeof value.error).toBe('string');
        const slots = result.evaluateAt([q ?? null, m ?? null, a ?? null]);
        expect(typeof slots === 'number' || typeof slots.error === 'string').toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('compileExpression with literals never throws', () => {
    fc.assert(
      fc.property(formulaText, (text) => {
        const result = compileExpression(text, variables, { literals: true });
        if (result.ok) result.evaluateRaw({ queueLength: 1, messageCount: 2, a: 3 });
      }),
      { numRuns: 500 },
    );
  });

  it('refuses text over the length limit and deep nesting before parsing', () => {
    fc.assert(
      fc.property(fc.integer({ min: formulaLimits.maxLength + 1, max: 20_000 }), (length) => {
        expect(compileFormula('1'.padEnd(length, '+1').slice(0, length), variables).ok).toBe(false);
      }),
      { numRuns: 20 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: formulaLimits.maxBracketDepth + 1, max: 400 }),
        fc.constantFrom(['(', ')'], ['[', ']']),
        (depth, [open, close]) => {
          const result = compileFormula(
            `${open.repeat(depth)}queueLength${close.repeat(depth)}`,
            variables,
          );
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 20 },
    );
  });
});
