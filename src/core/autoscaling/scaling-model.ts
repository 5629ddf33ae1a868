import { chartDefaults, type ChartProfileId } from '@/core/chart/chart-profile.ts';
import { asyaOperatorBehavior, type HpaBehavior } from './hpa-behavior.ts';
import { defaultTolerances, type Tolerances } from './hpa-replica-calc.ts';

/** Which queue the KEDA trigger reads, and so what it counts (keda-hpa.md §3.5). */
export type ScalingTransport = 'rabbitmq' | 'sqs';

/**
 * The effective scaling of one actor: what the chart, the API server and the operator make of
 * the values (asya-operator.md §1.4, §4.10; readme-profile.md §6), as plain data so it can be
 * sent to a worker.
 */
export interface ScalingModel {
  profile: ChartProfileId;
  enabled: boolean;
  transport: ScalingTransport;
  minReplicas: number;
  maxReplicas: number;
  pollingInterval: number;
  cooldownPeriod: number;
  /** Trigger target: messages per pod (`value` / `queueLength`). */
  queueLength: number;
  /** Trigger activation; the operator never sets one, so one message activates. */
  activationQueueLength: number;
  /** `scaling.advanced.formula` when non-empty; simulated with `queueLength` as its variable (decision 4). */
  formula: string | null;
  /** `scaling.advanced.target` as a number (null when missing or not a positive number). */
  target: number | null;
  activationTarget: number;
  metricType: 'AverageValue' | 'Value';
  /** The fixed behavior the operator writes; null would mean the legacy HPA path. */
  behavior: HpaBehavior | null;
  tolerances: Tolerances;
  /** HPA sync period (kube-controller-manager default). */
  hpaSyncPeriod: number;
  /** How values were read, in words (defaults applied, operator fallbacks). */
  notes: string[];
}

/** The variable a studio formula may use (README decision 4). */
export const formulaVariable = 'queueLength';

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Helm's coalesce for user values over chart defaults: maps merge, null deletes the key. */
function coalesce(
  defaults: Record<string, unknown>,
  user: Record<string, unknown>,
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(user)) {
    if (value === null) delete result[key];
    else if (isMap(value) && isMap(result[key])) result[key] = coalesce(result[key], value);
    else result[key] = value;
  }
  return result;
}

/** The scaling block the chart renders from, per profile (readme-profile.md §6). */
function chartScaling(
  values: Record<string, unknown>,
  profile: ChartProfileId,
  notes: string[],
): Record<string, unknown> {
  const defaults = chartDefaults(profile);
  if (profile === 'asya-test-actor') {
    if (!('scaling' in values)) return defaults.scaling as Record<string, unknown>;
    if (!isMap(values.scaling)) {
      notes.push('`scaling` is not a map: the chart renders autoscaling off');
      return { enabled: false };
    }
    return coalesce(defaults.scaling as Record<string, unknown>, values.scaling);
  }
  const fallback = (defaults.default as Record<string, unknown>).scaling as Record<string, unknown>;
  if (!isMap(values.scaling) || Object.keys(values.scaling).length === 0) return fallback;
  notes.push(
    'asya-actor chart: your `scaling` block replaces the default block whole; missing fields get the CRD defaults',
  );
  return values.scaling;
}

function truthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false && value !== '' && value !== 0;
}

/** A number from YAML: numbers, or text that reads as a number (Helm prints it raw). */
function numeric(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

function positiveNumber(value: unknown): number | null {
  const n = numeric(value);
  return n !== undefined && n > 0 ? n : null;
}

/**
 * Reads the effective scaling config from raw Helm values (any shape; nothing is trusted).
 * Order: chart defaults per profile → CRD defaults for fields the chart leaves out → the
 * operator's fallbacks (polling ≤ 0 → 10, cooldown ≤ 0 → 300, queueLength ≤ 0 → 5).
 */
export function scalingModelFromValues(
  values: unknown,
  profile: ChartProfileId = 'asya-test-actor',
): ScalingModel {
  const notes: string[] = [];
  const root = isMap(values) ? values : {};
  if (!isMap(values) && values !== undefined && values !== null)
    notes.push('the values are not a map: chart defaults only');
  const scaling = chartScaling(root, profile, notes);
  const enabled = truthy(scaling.enabled);
  if (!enabled)
    notes.push('autoscaling is off: no ScaledObject, the workload keeps `workload.replicas`');

  const read = (key: string, crdDefault: number): number => {
    const raw = scaling[key];
    const n = numeric(raw);
    if (n === undefined) {
      if (raw !== undefined && raw !== null)
        notes.push(`scaling.${key} is not a number: the default ${crdDefault} is shown`);
      return crdDefault;
    }
    return n;
  };
  const minReplicas = Math.max(0, Math.trunc(read('minReplicas', 0)));
  const maxReplicas = Math.max(0, Math.trunc(read('maxReplicas', 50)));
  let pollingInterval = read('pollingInterval', 10);
  if (pollingInterval <= 0) {
    notes.push('pollingInterval ≤ 0: the operator uses 10 s');
    pollingInterval = 10;
  }
  let cooldownPeriod = read('cooldownPeriod', 60);
  if (cooldownPeriod <= 0) {
    notes.push('cooldownPeriod ≤ 0: the operator uses 300 s (not the CRD default 60)');
    cooldownPeriod = 300;
  }
  let queueLength = read('queueLength', 5);
  if (queueLength <= 0) {
    notes.push('queueLength ≤ 0: the operator uses 5');
    queueLength = 5;
  }
  const transport: ScalingTransport = root.transport === 'sqs' ? 'sqs' : 'rabbitmq';
  if (root.transport !== undefined && root.transport !== 'sqs' && root.transport !== 'rabbitmq') {
    notes.push(
      `transport ${JSON.stringify(root.transport)} is not rabbitmq or sqs: simulated as rabbitmq`,
    );
  }

  const advanced = isMap(scaling.advanced) ? scaling.advanced : {};
  const formula =
    typeof advanced.formula === 'string' && advanced.formula.trim() !== ''
      ? advanced.formula
      : null;
  const metricType = advanced.metricType === 'Value' ? 'Value' : 'AverageValue';
  if (advanced.metricType === 'Utilization')
    notes.push('metricType Utilization: KEDA refuses the ScaledObject; simulated as AverageValue');
  const target = positiveNumber(advanced.target);
  if (formula && target === null)
    notes.push(
      'the formula has no positive target: KEDA refuses it; simulated without the formula',
    );

  return {
    profile,
    enabled,
    transport,
    minReplicas,
    maxReplicas,
    pollingInterval,
    cooldownPeriod,
    queueLength,
    activationQueueLength: 0,
    formula: formula && target !== null ? formula : null,
    target,
    activationTarget: numeric(advanced.activationTarget) ?? 0,
    metricType,
    behavior: asyaOperatorBehavior,
    tolerances: defaultTolerances,
    hpaSyncPeriod: 15,
    notes,
  };
}
