import { describe, expect, it } from 'vitest';
import { chartProfileIds } from '@/core/chart/chart-profile.ts';
import { parseValuesText } from '@/core/document/index.ts';
import { readmeExamples } from '@/core/examples/index.ts';
import { scalingModelFromValues } from '@/core/autoscaling/index.ts';
import { checkFormula } from './formula-check.ts';
import { keepWhileEqual, keepWhileSame, scalingInputs } from './scaling-inputs.ts';

const edgeValues: unknown[] = [
  undefined,
  null,
  'text',
  [1, 2],
  {},
  { image: 'x' },
  { scaling: null },
  { scaling: {} },
  { scaling: 'on' },
  { transport: 'sqs', scaling: { enabled: true, maxReplicas: '7', queueLength: 0 } },
  { transport: 'kafka', scaling: { enabled: true, advanced: { formula: 'q / 2', target: '1' } } },
  {
    workload: { replicas: 3 },
    scaling: { enabled: true, advanced: { target: 'x', metricType: 'Utilization' } },
  },
];
const allValues = [...readmeExamples.map((e) => parseValuesText(e.text).values), ...edgeValues];
const formulas = ['', 'ceil(queueLength / 5)', 'queueLength / 0', 'x + 1', 'import({}, {})'];

describe('scalingInputs', () => {
  it('keeps only scaling and transport, and only when present', () => {
    expect(scalingInputs({ image: 'x', scaling: { enabled: true } })).toEqual({
      scaling: { enabled: true },
    });
    expect(scalingInputs({ transport: 'sqs', workload: {} })).toEqual({ transport: 'sqs' });
    expect(scalingInputs({ scaling: null })).toEqual({ scaling: null });
    expect(scalingInputs({})).toEqual({});
    expect(scalingInputs('text')).toBe('text');
    expect(scalingInputs(null)).toBe(null);
  });

  it.each(chartProfileIds)('gives the same scaling model as the whole values (%s)', (profile) => {
    for (const values of allValues) {
      expect(scalingModelFromValues(scalingInputs(values), profile)).toEqual(
        scalingModelFromValues(values, profile),
      );
    }
  });

  it.each(chartProfileIds)('gives the same formula checks as the whole values (%s)', (profile) => {
    for (const values of allValues) {
      for (const formula of formulas) {
        expect(checkFormula(formula, scalingInputs(values), profile)).toEqual(
          checkFormula(formula, values, profile),
        );
      }
    }
  });
});

describe('keepWhileSame', () => {
  it('returns the previous result while the new one is equal, a new one when it differs', () => {
    const keep = keepWhileSame(scalingInputs);
    const first = keep({ image: 'a', scaling: { maxReplicas: 3 } });
    expect(keep({ image: 'ab', scaling: { maxReplicas: 3 } })).toBe(first);
    const changed = keep({ image: 'ab', scaling: { maxReplicas: 30 } });
    expect(changed).not.toBe(first);
    expect(changed).toEqual({ scaling: { maxReplicas: 30 } });
  });

  it('does not derive again for the same input', () => {
    let calls = 0;
    const keep = keepWhileSame((n: number) => {
      calls += 1;
      return [n];
    });
    const input = 4;
    expect(keep(input)).toBe(keep(input));
    expect(calls).toBe(1);
  });
});

describe('keepWhileEqual', () => {
  it('keeps the previous value while the comparison holds', () => {
    const keep = keepWhileEqual((a: number[], b: number[]) => a.length === b.length);
    const first = keep([1]);
    expect(keep([2])).toBe(first);
    const longer = [1, 2];
    expect(keep(longer)).toBe(longer);
    expect(keep([3, 4])).toBe(longer);
  });
});
