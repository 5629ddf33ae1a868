import { actorModel } from '@/core/autoscaling/actor-fixture.ts';
import { describe, expect, it } from 'vitest';
import { burstPreset, simulateTimeline } from '@/core/autoscaling/index.ts';
import { runLabel, seriesCaption, summaryRows } from './timeline-captions.ts';

describe('timeline captions', () => {
  const result = simulateTimeline(actorModel(burstPreset.values), burstPreset.scenario);

  it('summarises the burst run in words', () => {
    const rows = Object.fromEntries(summaryRows(result.summary).map((r) => [r.label, r.value]));
    expect(rows['Time to first pod']).toBe('10 s');
    expect(rows['Peak replicas']).toBe('50');
    expect(rows['Messages arrived / processed / left']).toBe('500 / 500 / 0');
  });

  it('describes a series by its peak and end', () => {
    expect(seriesCaption('Desired replicas', result.series.desired)).toBe(
      'Desired replicas: peak 50 at 3 min 15 s, 0 at the end (15 min).',
    );
    expect(seriesCaption('x', [])).toBe('x: no data.');
  });

  it('labels cancelled runs', () => {
    expect(runLabel({ ...result, cancelled: true, durationSeconds: 120 })).toBe(
      '2 min (cancelled)',
    );
  });

  it('says when nothing drained or started', () => {
    const rows = summaryRows({
      ...result.summary,
      timeToFirstPodSeconds: null,
      timeToDrainSeconds: null,
    });
    expect(rows.slice(0, 2).map((r) => r.value)).toEqual([
      'no pod became ready',
      'not drained in this run',
    ]);
  });
});
