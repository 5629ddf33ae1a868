import { describe, expect, it } from 'vitest';
import { actorModel } from './actor-fixture.ts';
import { asyaDocsScaleUpClaim, burstPreset } from './burst-preset.ts';
import { parseArrivalCsv, scenarioSchema, type ScenarioInput } from './scenario-schema.ts';
import { simulateTimeline } from './simulate-timeline.ts';
import { timelineToCsv, timelineToJson } from './timeline-export.ts';

const scenario = (input: Partial<ScenarioInput>) =>
  scenarioSchema.parse({
    durationSeconds: 600,
    arrivals: { kind: 'constant', ratePerSecond: 0 },
    processingSecondsPerMessage: 1,
    ...input,
  });

describe('burst preset (keda-hpa.md §5)', () => {
  it('reproduces 1 → 11 → 22 → 44 → 50 at 0, 15, 75, 135 and 195 s after activation', () => {
    const result = simulateTimeline(actorModel(burstPreset.values), burstPreset.scenario);
    for (const step of burstPreset.expectedSteps) {
      expect(result.series.desired[step.atSeconds], `at ${step.atSeconds} s`).toBe(step.replicas);
      if (step.atSeconds > 0)
        expect(
          result.series.desired[step.atSeconds - 1],
          `just before ${step.atSeconds} s`,
        ).toBeLessThan(step.replicas);
    }
  });

  it('steps as the operator’s scale-up policies allow: max(+10 pods, +100 %) per 60 s, capped at max', () => {
    const model = actorModel(burstPreset.values);
    const result = simulateTimeline(model, burstPreset.scenario);
    const policies = model.behavior?.scaleUp.policies ?? [];
    const period = policies[0]?.periodSeconds ?? 0;
    // After the first HPA sync (15 s), each period allows the larger of the policies' increases.
    const expected = [[0, 1]];
    let replicas = 1;
    for (let at = 15; replicas < model.maxReplicas; at += period) {
      const allowed = Math.max(
        ...policies.map((p) =>
          p.type === 'Pods' ? replicas + p.value : Math.ceil(replicas * (1 + p.value / 100)),
        ),
      );
      replicas = Math.min(allowed, model.maxReplicas);
      expected.push([at, replicas]);
    }
    const changes = Array.from(result.series.desired).flatMap((r, t) =>
      t === 0 || r !== result.series.desired[t - 1] ? [[t, r] as const] : [],
    );
    // The scale-up, until max is reached (the backlog then drains and the count falls).
    const upToMax = changes.slice(0, changes.findIndex(([, r]) => r === model.maxReplicas) + 1);
    expect(upToMax).toEqual(expected);
  });

  it('takes longer than the Asya docs claim', () => {
    const result = simulateTimeline(actorModel(burstPreset.values), burstPreset.scenario);
    const atMax = result.series.desired.indexOf(50);
    expect(asyaDocsScaleUpClaim.text).toContain(`~30-${asyaDocsScaleUpClaim.upToSeconds} seconds`);
    expect(atMax).toBeGreaterThan(asyaDocsScaleUpClaim.upToSeconds);
  });
});

describe('simulateTimeline', () => {
  it('is deterministic', () => {
    const input = scenario({
      arrivals: { kind: 'sine', meanPerSecond: 3, amplitudePerSecond: 2, periodSeconds: 300 },
      processingSecondsPerMessage: 2,
    });
    const a = simulateTimeline(actorModel({}), input);
    const b = simulateTimeline(actorModel({}), input);
    expect(timelineToJson(a)).toBe(timelineToJson(b));
  });

  it('activates at the first KEDA poll and waits for pod start-up', () => {
    const result = simulateTimeline(
      actorModel({}),
      scenario({ initialBacklog: 3, podStartupSeconds: 20 }),
    );
    expect(result.series.desired[0]).toBe(1);
    expect(result.series.ready[19]).toBe(0);
    expect(result.series.ready[20]).toBe(1);
    expect(result.summary.timeToFirstPodSeconds).toBe(20);
  });

  it('drops straight to zero after the cool-down once the queue is empty', () => {
    const result = simulateTimeline(
      actorModel({}),
      scenario({ initialBacklog: 40, podStartupSeconds: 0 }),
    );
    const zeroAt = result.series.desired.findIndex((r, t) => t > 0 && r === 0);
    expect(zeroAt).toBeGreaterThan(60);
    expect(result.series.desired[zeroAt - 1]).toBeGreaterThan(1);
    expect(result.log.some((l) => l.loop === 'keda' && l.to === 0 && l.from > 1)).toBe(true);
  });

  it('counts in-flight messages for SQS but not for RabbitMQ over AMQP', () => {
    const input = scenario({
      initialBacklog: 10,
      initialReplicas: 10,
      processingSecondsPerMessage: 120,
      podStartupSeconds: 0,
      durationSeconds: 240,
    });
    const scaling = { queueLength: 1, maxReplicas: 20 };
    const rabbit = simulateTimeline(actorModel({ transport: 'rabbitmq', scaling }), input);
    const sqs = simulateTimeline(actorModel({ transport: 'sqs', scaling }), input);
    expect(rabbit.series.queue[100]).toBe(0);
    expect(sqs.series.queue[100]).toBe(10);
    // Every message is in flight, the trigger sees an empty queue, and KEDA scales to zero mid-work.
    expect(rabbit.series.desired[100]).toBe(0);
    expect(sqs.series.desired[100]).toBeGreaterThan(0);
  });

  it('reports waits, pod-hours and drain time', () => {
    const result = simulateTimeline(
      actorModel({}),
      scenario({ initialBacklog: 100, podStartupSeconds: 5 }),
    );
    expect(result.summary.messagesProcessed).toBe(100);
    expect(result.summary.timeToDrainSeconds).not.toBeNull();
    expect(result.summary.maxWaitSeconds).toBeGreaterThanOrEqual(result.summary.p95WaitSeconds);
    expect(result.summary.podHours).toBeGreaterThan(0);
  });

  it('stops when cancelled and reports progress', () => {
    const fractions: number[] = [];
    let calls = 0;
    const result = simulateTimeline(actorModel({}), scenario({ durationSeconds: 86_400 }), {
      onProgress: (f) => fractions.push(f),
      shouldCancel: () => ++calls > 3,
    });
    expect(result.cancelled).toBe(true);
    expect(result.durationSeconds).toBeLessThan(86_400);
    expect(result.series.desired.length).toBe(result.durationSeconds);
    expect(fractions.length).toBeGreaterThan(0);
  });

  it('exports CSV with one row per second', () => {
    const result = simulateTimeline(
      actorModel({}),
      scenario({ durationSeconds: 3, initialBacklog: 1 }),
    );
    const lines = timelineToCsv(result).trim().split('\n');
    expect(lines[0]).toBe(
      'second,queue,waiting,in_flight,desired_replicas,ready_replicas,wait_seconds',
    );
    expect(lines).toHaveLength(4);
  });
});

describe('arrivals', () => {
  it('parses a CSV trace with a header', () => {
    const parsed = parseArrivalCsv('seconds,rate\n0,1\n60,5\n');
    expect(parsed).toEqual({
      ok: true,
      arrivals: {
        kind: 'trace',
        points: [
          { atSeconds: 0, ratePerSecond: 1 },
          { atSeconds: 60, ratePerSecond: 5 },
        ],
      },
    });
  });

  it('refuses a trace whose times go backwards, naming the line', () => {
    const parsed = parseArrivalCsv('0,1\n60,5\n30,2\n');
    expect(parsed).toMatchObject({ ok: false, line: 3 });
  });

  it('adds a burst on top of the base rate', () => {
    const result = simulateTimeline(
      actorModel({}),
      scenario({
        arrivals: { kind: 'burst', atSeconds: 30, messages: 200, baseRatePerSecond: 1 },
        durationSeconds: 60,
      }),
    );
    expect(result.summary.messagesArrived).toBe(260);
  });
});
