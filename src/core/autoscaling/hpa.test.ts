import { describe, expect, it } from 'vitest';
import {
  applyBehaviorRate,
  asyaOperatorBehavior,
  scaleDownLimit,
  stabilizeWithBehaviors,
  type HpaBehavior,
} from './hpa-behavior.ts';
import { hpaSync, newHpaState } from './hpa-controller.ts';
import {
  averageValueProposal,
  defaultTolerances,
  isWithinTolerance,
  toMilli,
  valueProposal,
} from './hpa-replica-calc.ts';

describe('HPA replica calculation (keda-hpa.md §2.2–2.3)', () => {
  it('treats both ends of the tolerance band as inside', () => {
    expect(isWithinTolerance(1.1, defaultTolerances)).toBe(true);
    expect(isWithinTolerance(0.9, defaultTolerances)).toBe(true);
    expect(isWithinTolerance(1.1000001, defaultTolerances)).toBe(false);
  });

  it('divides integer milli values, so 4.2 / 1.4 is 3, not 4', () => {
    const r = averageValueProposal({
      statusReplicas: 1,
      metricMilli: [toMilli(4.2)],
      targetAverageMilli: toMilli(1.4),
      tolerances: defaultTolerances,
    });
    expect(r.replicas).toBe(3);
    expect(Math.ceil(4.2 / 1.4)).toBe(4);
  });

  it('AverageValue ignores readiness; Value multiplies by ready pods', () => {
    expect(
      averageValueProposal({
        statusReplicas: 3,
        metricMilli: [8600],
        targetAverageMilli: 2150,
        tolerances: defaultTolerances,
      }).replicas,
    ).toBe(4);
    expect(
      valueProposal({
        currentReplicas: 3,
        readyPods: 1,
        metricMilli: [8600],
        targetMilli: 4400,
        tolerances: defaultTolerances,
      }).replicas,
    ).toBe(2);
  });

  it('Value from zero replicas skips the tolerance', () => {
    expect(
      valueProposal({
        currentReplicas: 0,
        readyPods: 0,
        metricMilli: [1050],
        targetMilli: 1000,
        tolerances: defaultTolerances,
      }).replicas,
    ).toBe(2);
  });

  it('treats negative and non-finite metric values as 0 milli', () => {
    expect(toMilli(-3)).toBe(0);
    expect(toMilli(Infinity)).toBe(0);
    expect(toMilli(Number.NaN)).toBe(0);
    expect(toMilli(1.2345)).toBe(1234);
  });
});

describe('HPA behavior (keda-hpa.md §2.6)', () => {
  const docsBehavior: HpaBehavior = {
    scaleUp: asyaOperatorBehavior.scaleUp,
    scaleDown: {
      stabilizationWindowSeconds: 0,
      selectPolicy: 'Max',
      policies: [
        { type: 'Pods', value: 4, periodSeconds: 60 },
        { type: 'Percent', value: 10, periodSeconds: 60 },
      ],
    },
  };

  it('reproduces the docs example: 80 → 72 → 64, and the Pods policy below 40', () => {
    expect(scaleDownLimit(80, [], [], docsBehavior.scaleDown, 0)).toBe(72);
    expect(scaleDownLimit(72, [], [], docsBehavior.scaleDown, 0)).toBe(64);
    expect(scaleDownLimit(30, [], [], docsBehavior.scaleDown, 0)).toBe(26);
  });

  it('scales up only when every recent recommendation agreed', () => {
    const history = [{ at: -60, value: 3 }];
    const r = stabilizeWithBehaviors({
      history,
      currentReplicas: 5,
      desiredReplicas: 10,
      scaleUpWindowSeconds: 120,
      scaleDownWindowSeconds: 0,
      now: 0,
    });
    expect(r.replicas).toBe(5);
  });

  it('never lets a rate limit push the wrong way', () => {
    const r = applyBehaviorRate({
      currentReplicas: 10,
      desiredReplicas: 20,
      minReplicas: 1,
      maxReplicas: 100,
      behavior: asyaOperatorBehavior,
      upEvents: [{ at: -10, value: 30 }],
      downEvents: [],
      now: 0,
    });
    expect(r.replicas).toBe(10);
  });
});

describe('the Asya operator behavior under a burst (keda-hpa.md §5)', () => {
  it('goes 1 → 11 → 22 → 44 → 50 on 15 s syncs with a full queue', () => {
    const state = newHpaState();
    const spec = { minReplicas: 1, maxReplicas: 50, behavior: asyaOperatorBehavior };
    let replicas = 1;
    const seen: [number, number][] = [];
    for (let t = 15; t <= 255; t += 15) {
      const r = hpaSync(state, spec, {
        specReplicas: replicas,
        statusReplicas: replicas,
        readyPods: replicas,
        metrics: [{ targetType: 'AverageValue', targetMilli: 5000, metricMilli: [500_000] }],
        now: t,
      });
      if (r.desiredReplicas !== replicas) seen.push([t, r.desiredReplicas]);
      replicas = r.desiredReplicas;
    }
    expect(seen).toEqual([
      [15, 11],
      [75, 22],
      [135, 44],
      [195, 50],
    ]);
  });

  it('scales down one pod per minute after the 5-minute window while the queue is not empty', () => {
    const state = newHpaState();
    const spec = { minReplicas: 1, maxReplicas: 50, behavior: asyaOperatorBehavior };
    let replicas = 10;
    const changes: number[] = [];
    for (let t = 0; t <= 600; t += 15) {
      const r = hpaSync(state, spec, {
        specReplicas: replicas,
        statusReplicas: replicas,
        readyPods: replicas,
        metrics: [{ targetType: 'AverageValue', targetMilli: 5000, metricMilli: [5000] }],
        now: t,
      });
      if (r.desiredReplicas !== replicas) changes.push(t);
      replicas = r.desiredReplicas;
    }
    expect(changes).toEqual([300, 360, 420, 480, 540, 600]);
    expect(replicas).toBe(4);
  });

  it('stands down while the workload is at zero', () => {
    const r = hpaSync(
      newHpaState(),
      { minReplicas: 1, maxReplicas: 10, behavior: null },
      { specReplicas: 0, statusReplicas: 0, readyPods: 0, metrics: [], now: 0 },
    );
    expect(r.desiredReplicas).toBe(0);
    expect(r.conditions[0]?.reason).toBe('ScalingDisabled');
  });
});
