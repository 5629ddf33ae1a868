import { actorModel } from '@/core/autoscaling/actor-fixture.ts';
import { describe, expect, it } from 'vitest';
import { sweepReplicas } from '@/core/autoscaling/index.ts';
import {
  chartMarkers,
  maxLabPoints,
  planSweep,
  sameSweep,
  sweepCaption,
  sweepIndexOf,
} from './sweep-plan.ts';

describe('planSweep', () => {
  it('counts points from 0 to N by step', () => {
    expect(planSweep(1000, 1)).toEqual({
      options: { from: 0, to: 1000, step: 1, currentReplicas: undefined },
      count: 1001,
      note: undefined,
    });
    expect(planSweep(10, 3, 2)).toMatchObject({ count: 4, options: { currentReplicas: 2 } });
  });

  it('raises the step to stay within the point limit', () => {
    const plan = planSweep(10_000_000, 1);
    expect(plan.count).toBeLessThanOrEqual(maxLabPoints);
    expect(plan.options.step).toBe(10);
    expect(plan.note).toMatch(/step is raised to 10/);
  });

  it('replaces bad numbers and says so', () => {
    expect(planSweep(Number.NaN, 0)).toMatchObject({ count: 1, options: { to: 0, step: 1 } });
    expect(planSweep(-5, -1).note).toMatch(/above 0/);
  });
});

describe('sweepIndexOf', () => {
  it('finds the nearest row and clamps', () => {
    const { options, count } = planSweep(100, 5);
    expect(sweepIndexOf(options, count, 37)).toBe(7);
    expect(sweepIndexOf(options, count, 1e9)).toBe(20);
    expect(sweepIndexOf(options, count, -4)).toBe(0);
  });
});

describe('chartMarkers', () => {
  it('keeps the first and the last marker and thins the middle', () => {
    const markers = Array.from({ length: 100 }, (_, i) => ({
      queue: i,
      replicas: i,
      label: String(i),
    }));
    const kept = chartMarkers(markers, 10);
    expect(kept).toHaveLength(10);
    expect(kept[0]?.queue).toBe(0);
    expect(kept.at(-1)?.queue).toBe(99);
  });
});

describe('sweepCaption', () => {
  it('describes the curve of the chart defaults', () => {
    const model = actorModel({
      scaling: { enabled: true, maxReplicas: 10, queueLength: 5 },
    });
    const { options } = planSweep(100, 1);
    expect(sweepCaption(sweepReplicas(model, options), 10)).toBe(
      'Desired replicas for queue lengths 0 to 100 (101 points): 0 at queue 0, first pod at queue 1, max 10 reached at queue 46, 10 at queue 100.',
    );
  });

  it('says when max is not reached', () => {
    const model = actorModel({
      scaling: { enabled: true, maxReplicas: 50, queueLength: 5 },
    });
    expect(sweepCaption(sweepReplicas(model, planSweep(20, 1).options), 50)).toMatch(
      /4 at most \(max 50 not reached\)/,
    );
  });
});

describe('sameSweep', () => {
  const options = planSweep(200, 1).options;
  const sweepOf = (scaling: Record<string, unknown>) =>
    sweepReplicas(actorModel({ scaling: { enabled: true, ...scaling } }), options);

  it('holds for models that differ only where the sweep does not look', () => {
    expect(sameSweep(sweepOf({ cooldownPeriod: 60 }), sweepOf({ cooldownPeriod: 300 }))).toBe(true);
  });

  it('fails when the points, the markers or the formula error differ', () => {
    const base = sweepOf({ queueLength: 5 });
    expect(sameSweep(base, sweepOf({ queueLength: 6 }))).toBe(false);
    expect(sameSweep(base, sweepReplicas(actorModel({}), planSweep(100, 1).options))).toBe(false);
    expect(sameSweep(base, { ...base, markers: base.markers.slice(1) })).toBe(false);
    expect(sameSweep(base, { ...base, formulaError: 'refused' })).toBe(false);
    const replicas = Int32Array.from(base.replicas);
    replicas[150] = 99;
    expect(sameSweep(base, { ...base, replicas })).toBe(false);
  });
});
