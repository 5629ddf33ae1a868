import { describe, expect, it } from 'vitest';
import { formulaProblems } from './formula-problems.ts';

const ids = (formula: string, target = '1') =>
  formulaProblems(formula, target).map((d) => d.ruleId);

describe('formulaProblems', () => {
  it('warns when target divides a formula that already divides, with messages per pod', () => {
    const verdict = formulaProblems('ceil(queueLength / 10)', '10').find(
      (d) => d.ruleId === 'scaling/formula-double-division',
    );
    expect(verdict?.message).toContain('10 × 10 = 100 messages');
    expect(verdict?.path).toEqual(['scaling', 'advanced', 'target']);
    expect(ids('ceil(queueLength / 10)', ' 10')).not.toContain('scaling/formula-double-division');
  });

  it('passes hostile formulas through as a refusal, and dialect problems as their own rules', () => {
    expect(ids('import({})')).toContain('scaling/formula-refused');
    expect(ids('queueLength ** 2')).toContain('scaling/dialect-power');
  });

  it('makes a result that is not a finite number an error: KEDA cannot serve it', () => {
    for (const formula of ['1/0', '0/0', '9^9^9', '100 / queueLength', 'max([])']) {
      const problem = formulaProblems(formula, '1').find(
        (d) => d.ruleId === 'scaling/formula-not-finite',
      );
      expect(problem?.severity, formula).toBe('error');
    }
    expect(ids('queueLength > 0 ? 100 / queueLength : 0')).not.toContain(
      'scaling/formula-not-finite',
    );
  });

  it('notes a negative value and is quiet for a plain formula', () => {
    expect(ids('queueLength - 5')).toContain('scaling/formula-negative');
    expect(formulaProblems('queueLength', '5')).toEqual([]);
  });
});
