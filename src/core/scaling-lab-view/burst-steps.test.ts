import { actorModel } from '@/core/autoscaling/actor-fixture.ts';
import { describe, expect, it } from 'vitest';
import { asyaDocsScaleUpClaim, burstPreset, simulateTimeline } from '@/core/autoscaling/index.ts';
import { compareBurst, scaleUpSteps } from './burst-steps.ts';

describe('scaleUpSteps', () => {
  it('times each increase from activation and stops at the first decrease', () => {
    expect(scaleUpSteps([0, 0, 1, 1, 3, 3, 3, 5, 4, 9])).toEqual([
      { atSeconds: 0, replicas: 1 },
      { atSeconds: 2, replicas: 3 },
      { atSeconds: 5, replicas: 5 },
    ]);
    expect(scaleUpSteps([0, 0])).toEqual([]);
  });

  it('finds the reference staircase in the burst preset run', () => {
    const result = simulateTimeline(actorModel(burstPreset.values), burstPreset.scenario);
    const steps = scaleUpSteps(result.series.desired);
    expect(steps).toEqual(burstPreset.expectedSteps);
    const comparison = compareBurst(steps, burstPreset.expectedSteps, asyaDocsScaleUpClaim);
    expect(comparison.staircase).toBe('1 → 11 → 22 → 44 → 50');
    expect(comparison.toPeakSeconds).toBe(195);
    expect(comparison.sentence).toBe(
      'Simulated: 0 → 50 takes 3 min 15 s after activation (1 → 11 → 22 → 44 → 50); the Asya docs say "0 → 50 in ~30-60 seconds".',
    );
    expect(comparison.rows.every((r) => r.simulatedSeconds === r.expectedSeconds)).toBe(true);
  });
});

describe('compareBurst', () => {
  it('shows counts missing on either side as null', () => {
    const comparison = compareBurst(
      [
        { atSeconds: 0, replicas: 1 },
        { atSeconds: 30, replicas: 5 },
      ],
      [
        { atSeconds: 0, replicas: 1 },
        { atSeconds: 15, replicas: 11 },
      ],
      { text: 'fast' },
    );
    expect(comparison.rows).toEqual([
      { replicas: 1, simulatedSeconds: 0, expectedSeconds: 0 },
      { replicas: 5, simulatedSeconds: 30, expectedSeconds: null },
      { replicas: 11, simulatedSeconds: null, expectedSeconds: 15 },
    ]);
  });

  it('says so when nothing scaled', () => {
    expect(compareBurst([], [], { text: 'fast' }).sentence).toBe(
      'Nothing scaled up in this run; the Asya docs say "fast".',
    );
  });
});
