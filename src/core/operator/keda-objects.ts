import type { TransportEntry } from '@/core/operator-settings/index.ts';
import { asMap, ownerReference, queueName, type ActorView } from './actor-spec.ts';
import type { K8sObject } from './operator-types.ts';

export interface TriggerBuild {
  trigger?: Record<string, unknown>;
  triggerAuthentication?: K8sObject;
  error?: string;
}

const positive = (value: unknown, fallback: number): number =>
  typeof value === 'number' && value > 0 ? value : fallback;

function triggerAuth(actor: ActorView, refs: Record<string, unknown>[]): K8sObject {
  return {
    apiVersion: 'keda.sh/v1alpha1',
    kind: 'TriggerAuthentication',
    metadata: {
      name: `${actor.name}-trigger-auth`,
      namespace: actor.namespace,
      ownerReferences: [ownerReference(actor)],
    },
    spec: { secretTargetRef: refs },
  };
}

function rabbitmqTrigger(
  actor: ActorView,
  entry: Extract<TransportEntry, { type: 'rabbitmq' }>,
  value: string,
): TriggerBuild {
  const config = entry.config ?? {};
  for (const key of ['host', 'port', 'username'] as const) {
    if (!config[key]) return { error: `RabbitMQ ${key} is required in operator transport config` };
  }
  const address = `${String(config.host)}:${String(config.port)}`;
  const ref = config.passwordSecretRef;
  const metadata = {
    queueName: queueName(actor),
    mode: 'QueueLength',
    value,
    protocol: 'amqp',
    host: ref ? `amqp://${address}` : `amqp://${String(config.username)}@${address}`,
  };
  if (!ref) return { trigger: { type: 'rabbitmq', metadata } };
  const auth = triggerAuth(actor, [
    { parameter: 'username', name: ref.name, key: 'username' },
    { parameter: 'password', name: ref.name, key: ref.key },
  ]);
  return {
    trigger: {
      type: 'rabbitmq',
      metadata,
      authenticationRef: { name: `${actor.name}-trigger-auth` },
    },
    triggerAuthentication: auth,
  };
}

function sqsTrigger(
  actor: ActorView,
  entry: Extract<TransportEntry, { type: 'sqs' }>,
  value: string,
): TriggerBuild {
  const config = entry.config ?? {};
  if (!config.region) return { error: 'SQS region is required in operator transport config' };
  if (!config.accountId) return { error: 'SQS accountId is required in operator transport config' };
  const base = config.endpoint ? config.endpoint : `https://sqs.${config.region}.amazonaws.com`;
  const metadata: Record<string, unknown> = {
    queueLength: value,
    awsRegion: config.region,
    queueURL: `${base}/${config.accountId}/${queueName(actor)}`,
  };
  if (config.endpoint) metadata.awsEndpoint = config.endpoint;
  const refs: Record<string, unknown>[] = [];
  const credentials = config.credentials;
  if (credentials?.accessKeyIdSecretRef)
    refs.push({ parameter: 'awsAccessKeyID', ...credentials.accessKeyIdSecretRef });
  if (credentials?.secretAccessKeySecretRef)
    refs.push({ parameter: 'awsSecretAccessKey', ...credentials.secretAccessKeySecretRef });
  if (refs.length === 0)
    return { trigger: { type: 'aws-sqs-queue', metadata: { ...metadata, identityOwner: 'pod' } } };
  return {
    trigger: {
      type: 'aws-sqs-queue',
      metadata,
      authenticationRef: { name: `${actor.name}-trigger-auth` },
    },
    triggerAuthentication: triggerAuth(actor, refs),
  };
}

/** `buildKEDATriggers`: one trigger for the transport, and its TriggerAuthentication when a Secret is used. */
export function buildTrigger(actor: ActorView, entry: TransportEntry): TriggerBuild {
  const value = String(positive(actor.scaling.queueLength, 5));
  return entry.type === 'rabbitmq'
    ? rabbitmqTrigger(actor, entry, value)
    : sqsTrigger(actor, entry, value);
}

const hpaBehavior = (): Record<string, unknown> => ({
  scaleDown: {
    stabilizationWindowSeconds: 300,
    selectPolicy: 'Max',
    policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }],
  },
  scaleUp: {
    stabilizationWindowSeconds: 0,
    selectPolicy: 'Max',
    policies: [
      { type: 'Pods', value: 10, periodSeconds: 60 },
      { type: 'Percent', value: 100, periodSeconds: 60 },
    ],
  },
});

const metricTypes = ['AverageValue', 'Value', 'Utilization'];

/** `scaling.advanced` copied into scalingModifiers: each non-empty field; metricType through `parseMetricType`. */
function scalingModifiers(advanced: Record<string, unknown>): Record<string, unknown> {
  const modifiers: Record<string, unknown> = {};
  for (const key of ['formula', 'target', 'activationTarget'] as const) {
    if (typeof advanced[key] === 'string' && advanced[key] !== '') modifiers[key] = advanced[key];
  }
  const metricType = advanced.metricType;
  if (typeof metricType === 'string' && metricType !== '')
    modifiers.metricType = metricTypes.includes(metricType) ? metricType : 'AverageValue';
  return modifiers;
}

/** `reconcileScaledObject` (asya-operator.md §4.10): fixed behaviour, operator fallbacks 10 / 300 / 0 / 50. */
export function buildScaledObject(actor: ActorView, trigger: Record<string, unknown>): K8sObject {
  const advanced = asMap(actor.scaling.advanced);
  const advancedBlock: Record<string, unknown> = {
    horizontalPodAutoscalerConfig: { behavior: hpaBehavior() },
  };
  if (advanced.restoreToOriginalReplicaCount === true)
    advancedBlock.restoreToOriginalReplicaCount = true;
  advancedBlock.scalingModifiers = scalingModifiers(advanced);
  return {
    apiVersion: 'keda.sh/v1alpha1',
    kind: 'ScaledObject',
    metadata: {
      name: actor.name,
      namespace: actor.namespace,
      annotations: { 'asya.sh/source-generation': '2' },
      ownerReferences: [ownerReference(actor)],
    },
    spec: {
      scaleTargetRef: { name: actor.name },
      pollingInterval: positive(actor.scaling.pollingInterval, 10),
      cooldownPeriod: positive(actor.scaling.cooldownPeriod, 300),
      minReplicaCount:
        typeof actor.scaling.minReplicas === 'number' ? actor.scaling.minReplicas : 0,
      maxReplicaCount:
        typeof actor.scaling.maxReplicas === 'number' ? actor.scaling.maxReplicas : 50,
      advanced: advancedBlock,
      triggers: [trigger],
    },
  };
}
