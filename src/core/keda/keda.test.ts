import { describe, expect, it } from 'vitest';
import {
  cooldownElapsed,
  kedaExecutorStep,
  nilCompositeValue,
  normaliseKedaFormula,
  pairTriggerAndMetric,
  parseGoFloat,
  type ExecutorInput,
} from './keda.ts';
import { kedaCompositeValue } from './keda-formula.ts';

const poll = (over: Partial<ExecutorInput>) =>
  kedaExecutorStep({
    minReplicaCount: 0,
    idleReplicaCount: null,
    currentReplicas: 0,
    isActive: false,
    isError: false,
    cooldownElapsed: true,
    ...over,
  });

describe('kedaExecutorStep (RequestScale, KEDA v2.20)', () => {
  it('scales from zero when activation is forced by annotation, and records the last-active time', () => {
    expect(poll({ forceActivation: true })).toMatchObject({
      replicas: 1,
      activeCondition: true,
      refreshLastActive: true,
    });
    expect(poll({ forceActivation: false }).replicas).toBe(0);
  });

  it('refreshes the last-active time only when an active poll succeeds', () => {
    expect(poll({ isActive: true, currentReplicas: 3 }).refreshLastActive).toBe(true);
    expect(poll({ isActive: true, currentReplicas: 3, isError: true }).refreshLastActive).toBe(
      false,
    );
    expect(poll({ currentReplicas: 3, cooldownElapsed: false }).refreshLastActive).toBe(false);
  });

  it('leaves an erring inactive target to the fallback only when fallback.replicas is not 0', () => {
    expect(poll({ currentReplicas: 3, isError: true, fallbackReplicas: 2 }).replicas).toBe(3);
    expect(poll({ currentReplicas: 3, isError: true }).replicas).toBe(3);
    // fallback.replicas 0: RequestScale falls through to the scale-to-zero case.
    expect(poll({ currentReplicas: 3, isError: true, fallbackReplicas: 0 }).replicas).toBe(0);
  });

  it('cools down strictly after lastActiveTime + cooldownPeriod', () => {
    expect(cooldownElapsed({ now: 300, lastActiveTime: 0, cooldownPeriod: 300 })).toBe(false);
    expect(cooldownElapsed({ now: 301, lastActiveTime: 0, cooldownPeriod: 300 })).toBe(true);
    expect(
      cooldownElapsed({
        now: 10,
        lastActiveTime: null,
        cooldownPeriod: 300,
        creationTime: 0,
        initialCooldownPeriod: 60,
      }),
    ).toBe(false);
  });
});

describe('scaling modifiers at run time', () => {
  it('wraps a `??` formula with let so nil survives, any other in float()', () => {
    expect(normaliseKedaFormula('a ?? 3')).toBe(
      'let _kedaCompositeResult = (a ?? 3); _kedaCompositeResult == nil ? nil : float(_kedaCompositeResult)',
    );
    const wrapped = normaliseKedaFormula('a ?? 3');
    expect(normaliseKedaFormula(wrapped)).toBe(wrapped);
    expect(normaliseKedaFormula('float(a)')).toBe('float(a)');
    expect(normaliseKedaFormula('a + b')).toBe('float(a + b)');
  });

  it('serves fallback.replicas × target when a `??` formula gives nil', () => {
    const fallback = { failureThreshold: 3, replicas: 4, behavior: 'scalingModifiers' };
    expect(
      kedaCompositeValue({
        formula: 'a ?? b',
        variables: { a: null, b: null },
        fallback,
        target: '2.5',
      }),
    ).toEqual({ value: 10, fromNil: true });
    expect(
      kedaCompositeValue({
        formula: 'a ?? b',
        variables: { a: null, b: 7 },
        fallback,
        target: '2',
      }),
    ).toEqual({ value: 7, fromNil: false });
    expect(nilCompositeValue(null, '2')).toEqual({
      error: 'scalingModifiers formula evaluated to nil but no fallback is configured',
    });
    expect(
      kedaCompositeValue({ formula: 'a', variables: { a: null }, fallback, target: '2' }),
    ).toHaveProperty('error');
  });

  it('pairs each metric with its trigger, numbering a taken name', () => {
    expect(pairTriggerAndMetric('', 'm1', 't')).toEqual({ pairs: {} });
    expect(pairTriggerAndMetric('t + 1', 'm1', '')).toHaveProperty('error');
    const first = pairTriggerAndMetric('t + 1', 'm1', 't');
    expect(first).toEqual({ pairs: { m1: 't' } });
    expect(pairTriggerAndMetric('t + 1', 'm2', 't', { m1: 't' })).toEqual({
      pairs: { m1: 't', m2: 't01' },
    });
  });

  it('parses targets as Go strconv.ParseFloat does', () => {
    expect([parseGoFloat('5'), parseGoFloat('-1e2'), parseGoFloat('+Inf')]).toEqual([
      5,
      -100,
      Infinity,
    ]);
    expect(parseGoFloat('NaN')).toBeNaN();
    for (const text of [' 5', '5 ', '', '1,5', '+nan', '0x1p2'])
      expect(parseGoFloat(text)).toBeNull();
  });
});
