import { describe, expect, it } from 'vitest';
import { scalingModelFromValues } from './scaling-model.ts';

describe('scalingModelFromValues', () => {
  it('uses the README defaults for the asya-test-actor profile', () => {
    const m = scalingModelFromValues({});
    expect([
      m.enabled,
      m.minReplicas,
      m.maxReplicas,
      m.pollingInterval,
      m.cooldownPeriod,
      m.queueLength,
      m.transport,
    ]).toEqual([true, 0, 10, 10, 60, 5, 'rabbitmq']);
    expect(m.behavior?.scaleDown.policies).toEqual([{ type: 'Pods', value: 1, periodSeconds: 60 }]);
  });

  it('deep-merges a partial block under asya-test-actor, replaces it under asya-actor', () => {
    expect(scalingModelFromValues({ scaling: { maxReplicas: 25 } }).minReplicas).toBe(0);
    const shipped = scalingModelFromValues(
      { scaling: { enabled: true, maxReplicas: 25 } },
      'asya-actor',
    );
    expect([shipped.minReplicas, shipped.maxReplicas, shipped.pollingInterval]).toEqual([
      0, 25, 10,
    ]);
    expect(scalingModelFromValues({}, 'asya-actor').minReplicas).toBe(1);
    expect(scalingModelFromValues({ scaling: { maxReplicas: 25 } }, 'asya-actor').enabled).toBe(
      false,
    );
  });

  it('applies the operator fallbacks for zero polling, cooldown and queueLength', () => {
    const m = scalingModelFromValues({
      scaling: { pollingInterval: 0, cooldownPeriod: 0, queueLength: 0 },
    });
    expect([m.pollingInterval, m.cooldownPeriod, m.queueLength]).toEqual([10, 300, 5]);
    expect(m.notes.join(' ')).toContain('300');
  });

  it('reads the advanced block and survives any shape', () => {
    const m = scalingModelFromValues({
      transport: 'sqs',
      scaling: {
        advanced: {
          formula: 'queueLength',
          target: '2',
          metricType: 'Value',
          activationTarget: '3',
        },
      },
    });
    expect([m.transport, m.formula, m.target, m.metricType, m.activationTarget]).toEqual([
      'sqs',
      'queueLength',
      2,
      'Value',
      3,
    ]);
    for (const odd of [
      null,
      undefined,
      7,
      'x',
      [],
      { scaling: null },
      { scaling: 'on' },
      { scaling: { minReplicas: 'many' } },
    ]) {
      expect(() => scalingModelFromValues(odd)).not.toThrow();
    }
    expect(scalingModelFromValues({ scaling: null }).enabled).toBe(false);
  });
});
