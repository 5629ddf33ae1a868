import { describe, expect, it } from 'vitest';
import { admitScaledObject, type ScaledObjectAdmissionInput } from './keda-admission.ts';

const named = [{ type: 'rabbitmq', name: 'q' }];
const admit = (over: Partial<ScaledObjectAdmissionInput>) =>
  admitScaledObject({
    modifiers: {},
    triggers: named,
    fallback: null,
    minReplicaCount: 0,
    maxReplicaCount: 50,
    idleReplicaCount: null,
    ...over,
  });
const errors = (over: Partial<ScaledObjectAdmissionInput>) => admit(over).map((r) => r.error);

describe('admitScaledObject (scaledobject_webhook.go validateWorkload)', () => {
  it('compiles the formula with the named triggers only', () => {
    const unnamed = [{ type: 'rabbitmq' }];
    expect(
      errors({
        modifiers: { formula: 'ceil(queueLength / 10)', target: '1' },
        triggers: unnamed,
      }).join(),
    ).toContain('unknown name queueLength');
    expect(errors({ modifiers: { formula: 'q % 2', target: '1' } }).join()).toContain(
      'invalid operation: %',
    );
    expect(admit({ modifiers: { formula: 'q > 1', target: '1' } })).toMatchObject([
      { field: 'formula', error: expect.stringContaining('float (type bool)') as unknown },
    ]);
    expect(admit({ modifiers: { formula: 'q * 2', target: '2' } })).toEqual([]);
  });

  it('parses target with Go strconv.ParseFloat: no spaces, above 0', () => {
    for (const target of [' 5', '5 ', '0', '-1', 'ten', '1,5'])
      expect(admit({ modifiers: { formula: 'q', target } })).toMatchObject([{ field: 'target' }]);
    for (const target of ['5', '+5', '.5', '1e3', 'Inf', 'NaN'])
      expect(admit({ modifiers: { formula: 'q', target } })).toEqual([]);
  });

  it('wants a formula for any modifier and a target for a formula', () => {
    expect(errors({ modifiers: { target: '5' } })).toEqual([
      'error ScalingModifiers.Formula is mandatory',
    ]);
    expect(admit({ modifiers: { formula: 'q' } })).toMatchObject([
      { field: 'target', error: expect.stringContaining('target is empty') as unknown },
    ]);
    expect(
      admit({ modifiers: { formula: 'q', target: '1', metricType: 'Utilization' } }),
    ).toMatchObject([{ field: 'metricType' }]);
  });

  it('accepts a fallback with any metric type since 2.18, and a `??` formula that may give nil', () => {
    const fallback = { failureThreshold: 3, replicas: 4 };
    expect(
      admit({
        modifiers: { formula: 'q ?? 8', target: '2', metricType: 'Value' },
        fallback: { ...fallback, behavior: 'scalingModifiers' },
      }),
    ).toEqual([]);
    expect(admit({ triggers: [{ type: 'rabbitmq', metricType: 'Value' }], fallback })).toEqual([]);
    expect(errors({ triggers: [{ type: 'cpu', metricType: 'Utilization' }], fallback })).toEqual([
      'at least one trigger (that is not cpu or memory) has to have the `AverageValue` type for the fallback to be enabled',
    ]);
    expect(errors({ fallback: { failureThreshold: -1, replicas: 2 } })).toEqual([
      'FailureThreshold=-1 & Replicas=2 must both be greater than or equal to 0',
    ]);
    expect(errors({ fallback: { ...fallback, behavior: 'scalingModifiers' } })).toEqual([
      'scalingModifiers fallback behavior requires scalingModifiers.formula to be defined',
    ]);
  });

  it('reports every failing check: bounds, trigger names and modifiers at once', () => {
    expect(
      admit({
        minReplicaCount: 20,
        maxReplicaCount: 10,
        triggers: [...named, ...named],
        modifiers: { formula: 'q', target: '0' },
      }).map((r) => r.field),
    ).toEqual(['replicaCounts', 'target', 'triggers']);
  });
});
