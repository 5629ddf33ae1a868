import { describe, expect, it } from 'vitest';
import { actorValues } from '@/core/autoscaling/actor-fixture.ts';
import { presetOperatorSettings } from '@/core/autoscaling/index.ts';
import { runPipeline, type K8sObject } from '@/core/pipeline/index.ts';
import { checkFormula, markFormula, scaledObjectWithFormula } from './formula-check.ts';

/** The ScaledObject the operator builds for these values (the lab's input). */
function scaledObjectOf(values: Record<string, unknown>): K8sObject | undefined {
  const operatorSettings = presetOperatorSettings('rabbitmq');
  return runPipeline(actorValues(values), {
    profile: 'asya-test-actor',
    ...(operatorSettings ? { operatorSettings } : {}),
  }).operator.objects.find((o) => o.kind === 'ScaledObject');
}

const values = scaledObjectOf({
  name: 'a',
  transport: 'rabbitmq',
  scaling: { enabled: true, maxReplicas: 10, advanced: { formula: '1', target: '1' } },
});
const targetFive = scaledObjectOf({
  name: 'a',
  scaling: { enabled: true, advanced: { formula: '1', target: '5' } },
});

describe('checkFormula', () => {
  it.each([
    'import({}, {})',
    "createUnit('x')",
    'a = 1',
    'f(x) = x',
    '"str"',
    '[1,2]',
    'x.constructor',
    'evaluate("1")',
  ])(
    'refuses the hostile formula %s without running it, pointing at the offending part',
    (formula) => {
      const check = checkFormula(formula, values);
      expect(check.runs).toBe(false);
      expect(check.samples).toEqual([]);
      const refusal = check.messages.find((m) => m.ruleId === 'scaling/formula-refused');
      expect(refusal?.message).toMatch(/^Refused, not run: /);
      expect(refusal?.offset).toBeTypeOf('number');
    },
  );

  it('runs a plain formula and samples it, with the Asya trigger-name error on the variable', () => {
    const check = checkFormula('ceil(queueLength / 10)', values);
    expect(check.runs).toBe(true);
    expect(check.samples).toContainEqual({ queue: 100, value: '10' });
    const names = check.messages.find((m) => m.ruleId === 'keda/refuses-formula');
    expect(names).toMatchObject({ severity: 'error', origin: 'asya', offset: 5, length: 11 });
    expect(names?.message).toContain('without a name');
  });

  it('reports KEDA dialect differences with their place', () => {
    const check = checkFormula('queueLength ** 2', values);
    expect(check.messages.map((m) => m.ruleId)).toEqual(
      expect.arrayContaining(['scaling/formula-refused', 'scaling/dialect-power']),
    );
    expect(check.messages.find((m) => m.ruleId === 'scaling/dialect-power')).toMatchObject({
      offset: 12,
      length: 2,
    });
  });

  it('warns about a second division by target', () => {
    const check = checkFormula('ceil(queueLength / 10)', targetFive);
    expect(check.messages.some((m) => m.ruleId === 'scaling/formula-double-division')).toBe(true);
  });

  it('says nothing about an empty formula', () => {
    expect(checkFormula('  ', values)).toEqual({ runs: false, messages: [], samples: [] });
  });

  it('lists errors before warnings', () => {
    const severities = checkFormula('ceil(queueLength / 10)', targetFive).messages.map(
      (m) => m.severity,
    );
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
  });
});

describe('scaledObjectWithFormula', () => {
  it('puts the formula into the ScaledObject and keeps the rest', () => {
    const scaledObject = targetFive as K8sObject;
    const changed = scaledObjectWithFormula(scaledObject, 'x');
    expect(changed.spec).toMatchObject({
      advanced: { scalingModifiers: { formula: 'x', target: '5' } },
    });
    expect({ ...changed, spec: scaledObject.spec }).toEqual(scaledObject);
  });

  it('says KEDA never reads the formula when the operator builds no ScaledObject', () => {
    expect(scaledObjectOf({ name: 'a', scaling: { enabled: {} } })).toBeUndefined();
    expect(checkFormula('queueLength', undefined).messages.map((m) => m.ruleId)).toEqual([
      'keda/no-scaled-object',
    ]);
  });
});

describe('markFormula', () => {
  it('marks the offending range and keeps the text intact', () => {
    const segments = markFormula('a = 1', [
      { ruleId: 'r', severity: 'error', origin: 'studio', message: 'm', offset: 2, length: 1 },
    ]);
    expect(segments).toEqual([
      { text: 'a ' },
      { text: '=', severity: 'error', refs: [1] },
      { text: ' 1' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('a = 1');
  });

  it('merges overlaps with the worst severity and marks the end of the text', () => {
    const segments = markFormula('1 +', [
      {
        ruleId: 'w',
        severity: 'warning',
        origin: 'keda-dialect',
        message: 'w',
        offset: 0,
        length: 3,
      },
      { ruleId: 'e', severity: 'error', origin: 'studio', message: 'e', offset: 2, length: 1 },
      { ruleId: 'end', severity: 'error', origin: 'studio', message: 'end', offset: 3, length: 1 },
    ]);
    expect(segments).toEqual([
      { text: '1 ', severity: 'warning', refs: [1] },
      { text: '+', severity: 'error', refs: [1, 2] },
      { text: '⎵', severity: 'error', refs: [3], atEnd: true },
    ]);
  });

  it('leaves messages without a place unmarked', () => {
    expect(
      markFormula('abc', [{ ruleId: 'r', severity: 'info', origin: 'asya', message: 'm' }]),
    ).toEqual([{ text: 'abc' }]);
  });
});
