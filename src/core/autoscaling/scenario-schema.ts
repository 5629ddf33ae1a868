import { z } from 'zod';

const rate = z.number().min(0).max(1_000_000);
const seconds = z
  .number()
  .min(0)
  .max(30 * 24 * 3600);

/** How messages arrive over time (messages per second). */
export const arrivalsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('constant'), ratePerSecond: rate }).meta({ title: 'Constant rate' }),
  z
    .object({
      kind: z.literal('steps'),
      steps: z
        .array(z.object({ atSeconds: seconds, ratePerSecond: rate }))
        .min(1)
        .max(10_000),
    })
    .meta({
      title: 'Steps',
      description: 'The rate changes at each step and holds until the next.',
    }),
  z
    .object({
      kind: z.literal('burst'),
      atSeconds: seconds,
      messages: z.number().int().min(0).max(100_000_000),
      baseRatePerSecond: rate.default(0),
    })
    .meta({
      title: 'Burst',
      description: 'A number of messages all at once, on top of a base rate.',
    }),
  z
    .object({
      kind: z.literal('sine'),
      meanPerSecond: rate,
      amplitudePerSecond: rate,
      periodSeconds: z
        .number()
        .min(1)
        .max(30 * 24 * 3600),
      phaseSeconds: seconds.default(0),
    })
    .meta({
      title: 'Sine',
      description: 'mean + amplitude × sin(2π (t + phase) / period), never below 0.',
    }),
  z
    .object({
      kind: z.literal('trace'),
      points: z
        .array(z.object({ atSeconds: seconds, ratePerSecond: rate }))
        .min(1)
        .max(1_000_000),
    })
    .meta({
      title: 'Trace',
      description: 'A rate per second from an uploaded CSV (seconds, rate); held between points.',
    }),
]);

/** A scaling-over-time scenario: traffic, work per message, pod start-up, length of the run. */
export const scenarioSchema = z.object({
  durationSeconds: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 3600)
    .meta({ description: 'Length of the simulated run.' }),
  initialBacklog: z
    .number()
    .int()
    .min(0)
    .max(100_000_000)
    .default(0)
    .meta({ description: 'Messages waiting at t = 0.' }),
  arrivals: arrivalsSchema,
  processingSecondsPerMessage: z
    .number()
    .min(0.001)
    .max(86_400)
    .meta({ description: 'Time one pod needs for one message.' }),
  podStartupSeconds: z
    .number()
    .min(0)
    .max(3600)
    .default(10)
    .meta({ description: 'From pod creation to Ready.' }),
  initialReplicas: z.number().int().min(0).max(10_000).default(0),
  hpaPhaseSeconds: z
    .number()
    .int()
    .min(0)
    .max(14)
    .default(0)
    .meta({ description: 'Offset of the HPA sync clock (every 15 s) from the start.' }),
});

export type Arrivals = z.output<typeof arrivalsSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

/** Parses a trace CSV: `seconds,rate` per line; a header line and blank lines are skipped. */
export function parseArrivalCsv(
  text: string,
): { ok: true; arrivals: Arrivals } | { ok: false; message: string; line: number } {
  const points: { atSeconds: number; ratePerSecond: number }[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const cells = line.split(/[,;\t]/).map((c) => c.trim());
    const [at, value] = [Number(cells[0]), Number(cells[1])];
    if (cells.length < 2 || !Number.isFinite(at) || !Number.isFinite(value)) {
      if (points.length === 0 && i === lines.findIndex((l) => l.trim() !== '')) continue;
      return {
        ok: false,
        message: `line ${i + 1}: expected "seconds,rate" with two numbers`,
        line: i + 1,
      };
    }
    if (at < 0 || value < 0)
      return {
        ok: false,
        message: `line ${i + 1}: seconds and rate must not be negative`,
        line: i + 1,
      };
    const previous = points[points.length - 1];
    if (previous && at <= previous.atSeconds)
      return { ok: false, message: `line ${i + 1}: times must increase`, line: i + 1 };
    points.push({ atSeconds: at, ratePerSecond: value });
  }
  if (points.length === 0) return { ok: false, message: 'the CSV has no data lines', line: 1 };
  return { ok: true, arrivals: { kind: 'trace', points } };
}

/**
 * A rate function for increasing t (the rate in force during [t, t + 1)). Steps and traces keep
 * a cursor, so a long trace costs one comparison per simulated second.
 */
export function createArrivalRate(arrivals: Arrivals): (t: number) => number {
  switch (arrivals.kind) {
    case 'constant':
      return () => arrivals.ratePerSecond;
    case 'burst':
      return () => arrivals.baseRatePerSecond;
    case 'sine': {
      const {
        meanPerSecond: mean,
        amplitudePerSecond: amplitude,
        periodSeconds: period,
        phaseSeconds: phase,
      } = arrivals;
      return (t) => Math.max(0, mean + amplitude * Math.sin((2 * Math.PI * (t + phase)) / period));
    }
    case 'steps':
    case 'trace': {
      const points = [...(arrivals.kind === 'steps' ? arrivals.steps : arrivals.points)].sort(
        (a, b) => a.atSeconds - b.atSeconds,
      );
      let cursor = -1;
      return (t) => {
        while (
          cursor + 1 < points.length &&
          (points[cursor + 1] as { atSeconds: number }).atSeconds <= t
        )
          cursor += 1;
        return cursor < 0 ? 0 : (points[cursor] as { ratePerSecond: number }).ratePerSecond;
      };
    }
  }
}
