import {
  scenarioSchema,
  type Arrivals,
  type Scenario,
  type ScenarioInput,
} from '@/core/autoscaling/index.ts';

export type ArrivalKind = Arrivals['kind'];

/** The arrival shapes the editor offers, in menu order. */
export const arrivalKinds: readonly { kind: ArrivalKind; label: string }[] = [
  { kind: 'constant', label: 'Constant rate' },
  { kind: 'steps', label: 'Steps' },
  { kind: 'burst', label: 'Burst' },
  { kind: 'sine', label: 'Sine' },
  { kind: 'trace', label: 'CSV trace' },
];

/** A first scenario: an hour of steady traffic a little above what one pod handles. */
export const defaultScenario: ScenarioInput = {
  durationSeconds: 3600,
  initialBacklog: 0,
  arrivals: { kind: 'constant', ratePerSecond: 2 },
  processingSecondsPerMessage: 1,
  podStartupSeconds: 10,
  initialReplicas: 0,
  hpaPhaseSeconds: 0,
};

/** Arrivals of another kind, keeping the current mean rate where the new kind has one. */
export function arrivalsOfKind(
  kind: ArrivalKind,
  current: ScenarioInput['arrivals'],
): ScenarioInput['arrivals'] {
  const rate =
    current.kind === 'constant'
      ? current.ratePerSecond
      : current.kind === 'sine'
        ? current.meanPerSecond
        : current.kind === 'burst'
          ? (current.baseRatePerSecond ?? 0)
          : 2;
  switch (kind) {
    case 'constant':
      return { kind, ratePerSecond: rate };
    case 'steps':
      return {
        kind,
        steps: [
          { atSeconds: 0, ratePerSecond: rate },
          { atSeconds: 600, ratePerSecond: rate * 5 },
          { atSeconds: 1800, ratePerSecond: rate },
        ],
      };
    case 'burst':
      return { kind, atSeconds: 60, messages: 500, baseRatePerSecond: 0 };
    case 'sine':
      return {
        kind,
        meanPerSecond: rate,
        amplitudePerSecond: rate,
        periodSeconds: 1800,
        phaseSeconds: 0,
      };
    case 'trace':
      return current.kind === 'trace'
        ? current
        : { kind, points: [{ atSeconds: 0, ratePerSecond: rate }] };
  }
}

/**
 * The scenario a workspace holds, for the editor: the saved one when it has the editor's shape (a
 * map whose arrivals have a known kind; a half-typed field is kept for the editor to show), else
 * the default scenario.
 */
export function editedScenario(saved: unknown): ScenarioInput {
  if (saved === null || typeof saved !== 'object' || Array.isArray(saved)) return defaultScenario;
  const arrivals = (saved as { arrivals?: unknown }).arrivals;
  const kind =
    arrivals !== null && typeof arrivals === 'object'
      ? (arrivals as { kind?: unknown }).kind
      : null;
  return arrivalKinds.some((k) => k.kind === kind) ? (saved as ScenarioInput) : defaultScenario;
}

/** One problem with the scenario, at a dotted path such as `arrivals.ratePerSecond`. */
export interface ScenarioProblem {
  path: string;
  message: string;
}

/** Validates an edited scenario: the scenario the simulation gets, or problems per field. */
export function readScenario(
  input: unknown,
): { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] } {
  const parsed = scenarioSchema.safeParse(input);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}

/** Steps as editable text, one `seconds,rate` pair per line (the same format as a CSV trace). */
export function stepsToText(
  steps: readonly { atSeconds: number; ratePerSecond: number }[],
): string {
  return steps.map((s) => `${s.atSeconds},${s.ratePerSecond}`).join('\n');
}
