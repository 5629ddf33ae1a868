import { scenarioSchema, simulateTimeline, sweepReplicas } from '@/core/autoscaling/index.ts';
import { actorModel } from '@/core/autoscaling/actor-fixture.ts';
import { medianMs, type BenchFigure } from './measure.ts';

/** The replica curve the Scaling lab redraws on every formula keystroke: 100,000 queue lengths. */
export function benchSweep(): BenchFigure {
  const model = actorModel({
    scaling: {
      maxReplicas: 50,
      advanced: {
        formula: 'queueLength > 1000 ? ceil(queueLength / 20) : ceil(queueLength / 10)',
        target: '1',
      },
    },
  });
  let sink = 0;
  const ms = medianMs(
    () => {
      sink += sweepReplicas(model, { from: 0, to: 99_999, step: 1 }).replicas.length;
    },
    50,
    10,
  );
  if (sink < 0) throw new Error('unreachable: keeps the work from being optimised away');
  return { label: 'replica sweep, 100,000 queue lengths with a formula', medianMs: ms, goalMs: 20 };
}

/** A day of traffic at 1 s resolution with both control loops. */
export function benchTimeline(): BenchFigure {
  const model = actorModel({ scaling: { maxReplicas: 50, queueLength: 5 } });
  const scenario = scenarioSchema.parse({
    durationSeconds: 86_400,
    arrivals: { kind: 'sine', meanPerSecond: 20, amplitudePerSecond: 18, periodSeconds: 21_600 },
    processingSecondsPerMessage: 1.5,
    podStartupSeconds: 20,
  });
  let sink = 0;
  const ms = medianMs(
    () => {
      sink += simulateTimeline(model, scenario).summary.messagesProcessed;
    },
    15,
    3,
  );
  if (sink < 0) throw new Error('unreachable: keeps the work from being optimised away');
  return {
    label: 'time simulation, 24 h at 1 s resolution (KEDA + HPA)',
    medianMs: ms,
    goalMs: 100,
  };
}
