import { describe, expect, it } from 'vitest';
import { scalingVerdicts } from './formula-verdicts.ts';

const advanced = (fields: Record<string, unknown>) => ({ scaling: { advanced: fields } });
const ids = (values: unknown) => scalingVerdicts(values).map((d) => d.ruleId);

describe('scalingVerdicts', () => {
  it('says KEDA rejects a formula that names queueLength, and explains why', () => {
    const [verdict] = scalingVerdicts(advanced({ formula: 'ceil(queueLength / 10)', target: '1' }));
    expect(verdict).toMatchObject({
      ruleId: 'scaling/formula-names-trigger',
      severity: 'error',
      stage: 'scaling',
      path: ['scaling', 'advanced', 'formula'],
    });
    expect(verdict?.message).toContain('without a name');
  });

  it('warns when target divides a formula that already divides, with messages per pod', () => {
    const verdict = scalingVerdicts(
      advanced({ formula: 'ceil(queueLength / 10)', target: '10' }),
    ).find((d) => d.ruleId === 'scaling/formula-double-division');
    expect(verdict?.message).toContain('10 × 10 = 100 messages');
    expect(verdict?.path).toEqual(['scaling', 'advanced', 'target']);
  });

  it('refuses Utilization, a missing target and a non-positive target', () => {
    expect(ids(advanced({ formula: '5', target: '1', metricType: 'Utilization' }))).toContain(
      'scaling/metric-type-utilization',
    );
    expect(ids(advanced({ formula: '5' }))).toContain('scaling/target-missing');
    expect(ids(advanced({ formula: '5', target: '-1' }))).toContain('scaling/target-not-positive');
    expect(ids(advanced({ formula: '5', target: 'ten' }))).toContain('scaling/target-not-positive');
    expect(ids(advanced({ target: '5' }))).toContain('scaling/formula-missing');
  });

  it('passes hostile formulas through as a refusal, and dialect problems as their own rules', () => {
    expect(ids(advanced({ formula: 'import({})', target: '1' }))).toContain(
      'scaling/formula-refused',
    );
    expect(ids(advanced({ formula: 'queueLength ** 2', target: '1' }))).toContain(
      'scaling/dialect-power',
    );
  });

  it('warns where the formula is not a finite number', () => {
    expect(ids(advanced({ formula: '100 / queueLength', target: '1' }))).toContain(
      'scaling/formula-not-finite',
    );
  });

  it('is quiet without modifiers, with autoscaling off, and for any shape of values', () => {
    expect(scalingVerdicts({})).toEqual([]);
    expect(scalingVerdicts({ scaling: { enabled: false, advanced: { formula: '**' } } })).toEqual(
      [],
    );
    for (const odd of [
      null,
      42,
      'text',
      [],
      { scaling: [] },
      { scaling: { advanced: 'x' } },
      { scaling: { advanced: { formula: 7, target: {} } } },
    ]) {
      expect(() => scalingVerdicts(odd)).not.toThrow();
    }
  });
});
