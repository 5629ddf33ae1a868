import fc from 'fast-check';
import { actorModel } from './actor-fixture.ts';
import { describe, expect, it } from 'vitest';
import { explainDecision } from './decision-log.ts';
import { sweepReplicas } from './replica-sweep.ts';
import {} from './values-model.ts';
import { sweepToCsv } from './timeline-export.ts';

const withFormula = (formula: string, target = '1', extra: Record<string, unknown> = {}) =>
  actorModel({ scaling: { maxReplicas: 10, advanced: { formula, target, ...extra } } });

describe('sweepReplicas', () => {
  it('follows ⌈queue / queueLength⌉ with activation and max (README defaults)', () => {
    const sweep = sweepReplicas(actorModel({}), { from: 0, to: 60, step: 1 });
    expect(Array.from(sweep.replicas.slice(0, 12))).toEqual([0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3]);
    expect(sweep.replicas[60]).toBe(10);
    expect(sweep.markers.map((m) => m.label)).toContain('first pod at queue 1');
    expect(sweep.markers.at(-1)?.label).toBe('max 10 reached at queue 46');
  });

  it('uses the formula and target, and activationTarget', () => {
    const model = withFormula('ceil(queueLength / 10)', '1', { activationTarget: '2' });
    const sweep = sweepReplicas(model, { from: 0, to: 40, step: 10 });
    expect(Array.from(sweep.replicas)).toEqual([0, 0, 0, 3, 4]);
  });

  it('holds the current count inside the tolerance band', () => {
    const model = actorModel({ scaling: { maxReplicas: 100 } });
    const sweep = sweepReplicas(model, { from: 50, to: 50, step: 1, currentReplicas: 10 });
    expect(sweep.replicas[0]).toBe(10);
    const outside = sweepReplicas(model, { from: 56, to: 56, step: 1, currentReplicas: 10 });
    expect(outside.replicas[0]).toBe(12);
  });

  it('Value divides without the pod count', () => {
    const model = withFormula('queueLength', '10', { metricType: 'Value' });
    expect(sweepReplicas(model, { from: 35, to: 35, step: 1 }).replicas[0]).toBe(4);
  });

  it('stays within bounds and is monotone for monotone formulas', () => {
    const formulas = fc.constantFrom(
      'queueLength',
      'ceil(queueLength / 7)',
      'queueLength ^ 2',
      'max(1, queueLength / 3)',
      'queueLength > 100 ? queueLength : queueLength / 2',
    );
    fc.assert(
      fc.property(
        formulas,
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 20 }),
        (formula, min, spread, target) => {
          const max = min + spread;
          const model = actorModel({
            scaling: {
              minReplicas: min,
              maxReplicas: max,
              advanced: { formula, target: String(target) },
            },
          });
          const sweep = sweepReplicas(model, { from: 0, to: 300, step: 1 });
          return sweep.replicas.every(
            (r, i) => r >= min && r <= max && (i === 0 || r >= (sweep.replicas[i - 1] as number)),
          );
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it('sweeps a million points quickly', () => {
    const started = performance.now();
    const sweep = sweepReplicas(withFormula('ceil(queueLength / 10)'), {
      from: 0,
      to: 999_999,
      step: 1,
    });
    expect(sweep.queue.length).toBe(1_000_000);
    // Generous: the machine is shared; the bench reports the real figure.
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 30_000);

  it('exports CSV', () => {
    const csv = sweepToCsv(sweepReplicas(actorModel({}), { from: 0, to: 2, step: 1 }));
    expect(csv).toBe('queue_length,desired_replicas\n0,0\n1,1\n2,1\n');
  });
});

describe('explainDecision', () => {
  it('says the whole chain in one line', () => {
    const lines = explainDecision(withFormula('ceil(queueLength / 10)'), 37);
    expect(lines[0]).toBe('queue 37 → formula 4 → ⌈4 / 1⌉ = 4 → 4 pods, within min 0…max 10');
  });

  it('explains activation and clamping', () => {
    expect(explainDecision(actorModel({}), 0)[0]).toContain('not above activation 0 → 0 pods');
    expect(explainDecision(actorModel({}), 500)[0]).toContain('capped at max 10');
    expect(explainDecision(actorModel({}), 50, 10)[0]).toContain('within tolerance');
  });
});
