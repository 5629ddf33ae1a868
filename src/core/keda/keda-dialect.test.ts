import { describe, expect, it } from 'vitest';
import { checkKedaDialect } from './keda-dialect.ts';
import { evaluateKedaFormula, translateKedaFormula } from './keda-formula.ts';

describe('checkKedaDialect (keda-hpa.md §4)', () => {
  it.each([
    ['queueLength ** 2', 'scaling/dialect-power', '^'],
    ['queueLength > 1 && queueLength < 5 ? 1 : 0', 'scaling/dialect-and', 'and'],
    ['queueLength > 1 || queueLength < 5 ? 1 : 0', 'scaling/dialect-or', 'or'],
    ['!(queueLength > 1) ? 1 : 0', 'scaling/dialect-not', 'not '],
    [
      'queueLength > 5 ? queueLength < 10 ? 5 : 10 : 0',
      'scaling/dialect-nested-ternary',
      '(queueLength < 10 ? 5 : 10)',
    ],
    ['max([1, 2], queueLength)', 'scaling/dialect-max-array', 'max(concat([1, 2], [queueLength]))'],
    [
      'count([queueLength], {# > 1})',
      'scaling/dialect-count-predicate',
      'count(filter([queueLength], item > 1))',
    ],
  ])('%s → %s with a replacement', (formula, ruleId, replacement) => {
    const finding = checkKedaDialect(formula).find((f) => f.ruleId === ruleId);
    expect(finding).toBeDefined();
    expect(finding?.replacement).toBe(replacement);
    expect(
      formula.slice(finding?.offset, (finding?.offset ?? 0) + (finding?.length ?? 0)).length,
    ).toBeGreaterThan(0);
  });

  it.each([
    ['queueLength % 3', 'scaling/dialect-remainder'],
    ['int(queueLength / 3)', 'scaling/dialect-int'],
    ['mean([])', 'scaling/dialect-empty-aggregate'],
    ['queueLength > 5', 'scaling/dialect-boolean-result'],
    ['queueLength ? 1 : 2', 'scaling/dialect-type'],
    ['not queueLength > 1 ? 1 : 0', 'scaling/dialect-not-precedence'],
    ['1 < queueLength < 3 ? 1 : 0', 'scaling/dialect-chained-comparison'],
    ['ceil(queueLength / ', 'scaling/dialect-expr-syntax'],
  ])('%s → %s', (formula, ruleId) => {
    expect(checkKedaDialect(formula).map((f) => f.ruleId)).toContain(ruleId);
  });

  it('finds nothing in a formula both languages read alike', () => {
    expect(checkKedaDialect('ceil(queueLength / 10)')).toEqual([]);
    expect(checkKedaDialect('queueLength > 100 ? (queueLength > 500 ? 50 : 20) : 1')).toEqual([]);
  });
});

describe('KEDA formulas through the translation', () => {
  it('evaluates the documented nested ternary the way expr does', () => {
    expect(
      evaluateKedaFormula('trig_one < 2 ? trig_one+trig_two >= 2 ? 5 : 10 : 0', {
        trig_one: 1,
        trig_two: 0.5,
      }),
    ).toBe(10);
    expect(translateKedaFormula('a ** 2 ** 3')).toEqual({ ok: true, mathjs: 'a ^ 2 ^ 3' });
    expect(evaluateKedaFormula('-2 ** 2', {})).toBe(-4);
    expect(evaluateKedaFormula('sum([])', {})).toBe(0);
  });
});
