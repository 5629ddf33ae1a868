import type { ChartProfileId } from '@/core/chart/chart-profile.ts';
import { isValidModifiersTarget, type KedaVerdict } from '@/core/keda/index.ts';
import { kedaDefaults, parseGoFloat } from '@/core/keda/keda.ts';
import type { K8sObject, PipelineResult } from '@/core/pipeline/index.ts';
import type { HpaBehavior, ScalingPolicy, ScalingRules, SelectPolicy } from './hpa-behavior.ts';
import { defaultTolerances, type Tolerances } from './hpa-replica-calc.ts';
import { asRecord } from '@/core/shared/is-record.ts';

/** Which queue the KEDA trigger reads, and so what it counts (keda-hpa.md §3.5). */
export type ScalingTransport = 'rabbitmq' | 'sqs';

/**
 * The scaling of one actor as the cluster runs it: the ScaledObject the operator builds from the
 * stored AsyncActor, and KEDA's verdict on it. Plain data, so it can be sent to a worker.
 */
export interface ScalingModel {
  profile: ChartProfileId;
  /** The operator creates a ScaledObject (KEDA may still refuse it: see `keda`). */
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
  /** scalingModifiers.formula, simulated with `queueLength` as its variable (decision 4); null without one. */
  formula: string | null;
  /** scalingModifiers.target as a number (null when missing or not a positive number). */
  target: number | null;
  activationTarget: number;
  metricType: 'AverageValue' | 'Value';
  /** The behavior in the ScaledObject's HPA config; null means the legacy HPA path. */
  behavior: HpaBehavior | null;
  tolerances: Tolerances;
  /** HPA sync period (kube-controller-manager default). */
  hpaSyncPeriod: number;
  /** KEDA's admission verdict, the same the preview and the Problems list show. */
  keda: KedaVerdict;
  /** How the pipeline's output was read, in words. */
  notes: string[];
}

const whole = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

/** A number KEDA reads from a string field with ParseFloat; the fallback when it cannot. */
function goNumber(value: unknown, fallback: number): number {
  const parsed = typeof value === 'string' ? parseGoFloat(value) : null;
  return parsed !== null && Number.isFinite(parsed) ? parsed : fallback;
}

function rules(value: unknown): ScalingRules | null {
  const r = asRecord(value);
  if (!Array.isArray(r.policies)) return null;
  const policies: ScalingPolicy[] = r.policies.map((p) => {
    const policy = asRecord(p);
    return {
      type: policy.type === 'Percent' ? 'Percent' : 'Pods',
      value: whole(policy.value, 0),
      periodSeconds: whole(policy.periodSeconds, 15),
    };
  });
  return {
    stabilizationWindowSeconds:
      typeof r.stabilizationWindowSeconds === 'number' ? r.stabilizationWindowSeconds : null,
    selectPolicy: (['Max', 'Min', 'Disabled'].includes(String(r.selectPolicy))
      ? r.selectPolicy
      : 'Max') as SelectPolicy,
    policies,
  };
}

/** `advanced.horizontalPodAutoscalerConfig.behavior`, which KEDA copies into the HPA. */
function behaviorOf(spec: Record<string, unknown>): HpaBehavior | null {
  const behavior = asRecord(
    asRecord(asRecord(spec.advanced).horizontalPodAutoscalerConfig).behavior,
  );
  const scaleUp = rules(behavior.scaleUp);
  const scaleDown = rules(behavior.scaleDown);
  return scaleUp && scaleDown ? { scaleUp, scaleDown } : null;
}

/** Why the operator made no ScaledObject, from the pipeline's own status lines. */
function absenceNote(pipeline: PipelineResult): string {
  if (pipeline.stored.rejection)
    return `the API server refuses the AsyncActor (${pipeline.stored.rejection}): no ScaledObject, nothing scales`;
  const status = pipeline.operator.statuses.find((s) => s.kind === 'ScaledObject');
  if (status?.reason) return `no ScaledObject (${status.reason}): the workload keeps its replicas`;
  if (pipeline.operator.result === 'not-run')
    return 'the operator stage did not run, so there is no ScaledObject to simulate';
  return 'the operator creates no ScaledObject: the workload keeps its replicas';
}

function modelOf(
  profile: ChartProfileId,
  keda: KedaVerdict,
  scaledObject: K8sObject | undefined,
  notes: string[],
): ScalingModel {
  const spec = asRecord(scaledObject?.spec);
  const trigger = asRecord(Array.isArray(spec.triggers) ? spec.triggers[0] : undefined);
  const metadata = asRecord(trigger.metadata);
  const sqs = trigger.type === 'aws-sqs-queue';
  const modifiers = asRecord(asRecord(spec.advanced).scalingModifiers);
  const rawTarget = typeof modifiers.target === 'string' ? modifiers.target : '';
  const target = isValidModifiersTarget(rawTarget) ? goNumber(rawTarget, NaN) : NaN;
  const formula =
    typeof modifiers.formula === 'string' && modifiers.formula !== '' ? modifiers.formula : null;
  const usable = Number.isFinite(target) ? target : null;
  if (formula && usable === null)
    notes.push('the formula has no positive target KEDA can read: simulated without the formula');
  return {
    profile,
    enabled: scaledObject !== undefined,
    transport: sqs ? 'sqs' : 'rabbitmq',
    minReplicas: whole(spec.minReplicaCount, kedaDefaults.minReplicaCount),
    maxReplicas: whole(spec.maxReplicaCount, kedaDefaults.maxReplicaCount),
    pollingInterval: whole(spec.pollingInterval, kedaDefaults.pollingInterval),
    cooldownPeriod: whole(spec.cooldownPeriod, kedaDefaults.cooldownPeriod),
    queueLength: goNumber(sqs ? metadata.queueLength : metadata.value, sqs ? 5 : 20),
    activationQueueLength: goNumber(
      sqs ? metadata.activationQueueLength : metadata.activationValue,
      0,
    ),
    formula: formula && usable !== null ? formula : null,
    target: usable,
    activationTarget: goNumber(modifiers.activationTarget, 0),
    metricType: modifiers.metricType === 'Value' ? 'Value' : 'AverageValue',
    behavior: behaviorOf(spec),
    tolerances: defaultTolerances,
    hpaSyncPeriod: 15,
    keda,
    notes,
  };
}

/**
 * The scaling the lab, the sweep, the simulator and the CLI run: read from the pipeline's output
 * (the ScaledObject the operator builds from the stored AsyncActor, with the operator's fallbacks
 * and the API server's defaults already applied), never from the values directly.
 */
export function scalingModelFromPipeline(pipeline: PipelineResult): ScalingModel {
  const scaledObject = pipeline.operator.objects.find((o) => o.kind === 'ScaledObject');
  const notes: string[] = [];
  if (!scaledObject) notes.push(absenceNote(pipeline));
  else if (pipeline.keda.status === 'rejected')
    notes.push(
      `${pipeline.keda.reasons.join(' ')} In the cluster nothing autoscales; the lab simulates the ScaledObject as if KEDA accepted it (README decision 4).`,
    );
  const model = modelOf(pipeline.profile, pipeline.keda, scaledObject, notes);
  if (scaledObject) return model;
  // Without a ScaledObject nothing scales: the workload keeps its own count, or has no pods at all.
  const workload = pipeline.operator.objects.find(
    (o) => o.kind === 'Deployment' || o.kind === 'StatefulSet',
  );
  const replicas = whole(asRecord(workload?.spec).replicas, workload ? 1 : 0);
  return { ...model, minReplicas: replicas, maxReplicas: replicas };
}

/** The model while the pipeline has not run yet (the studio analyses after the first paint). */
export function pendingScalingModel(profile: ChartProfileId): ScalingModel {
  return modelOf(profile, { status: 'no-scaled-object', reasons: [] }, undefined, [
    'the values are still being analysed: no ScaledObject yet',
  ]);
}
