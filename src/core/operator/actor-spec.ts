import {
  queueManagementDisabled,
  type OperatorSettings,
  type TransportEntry,
} from '@/core/operator-settings/index.ts';
import { isRecord } from '@/core/shared/is-record.ts';

/** Typed read access to the stored AsyncActor; the API-server stage guarantees the shapes. */
export interface ActorView {
  name: string;
  namespace: string;
  transport: string;
  scaling: Record<string, unknown>;
  timeout: Record<string, unknown>;
  sidecar: Record<string, unknown>;
  workload: Record<string, unknown>;
  podMetadata: Record<string, unknown>;
  podSpec: Record<string, unknown>;
  containers: Record<string, unknown>[];
}

export function asMap(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

export function viewActor(stored: Record<string, unknown>): ActorView {
  const metadata = asMap(stored.metadata);
  const spec = asMap(stored.spec);
  const workload = asMap(spec.workload);
  const template = asMap(workload.template);
  const podSpec = asMap(template.spec);
  const containers = Array.isArray(podSpec.containers) ? podSpec.containers.map(asMap) : [];
  return {
    name: String(metadata.name),
    namespace: String(metadata.namespace),
    transport: typeof spec.transport === 'string' ? spec.transport : '',
    scaling: asMap(spec.scaling),
    timeout: asMap(spec.timeout),
    sidecar: asMap(spec.sidecar),
    workload,
    podMetadata: asMap(template.metadata),
    podSpec,
    containers,
  };
}

/** Operator-wide settings as the operator reads them from its environment (asya-operator.md §3). */
export interface OperatorEnv {
  gatewayURL: string;
  sidecarImage: string;
  disableQueueManagement: boolean;
  transports: Record<string, TransportEntry>;
}

export function operatorEnv(settings: OperatorSettings): OperatorEnv {
  return {
    gatewayURL: settings.gatewayURL ?? '',
    sidecarImage: settings.sidecar?.image || 'asya-sidecar:latest',
    disableQueueManagement: queueManagementDisabled(settings),
    transports: settings.transports ?? {},
  };
}

/** `queues.autoCreate` is true only when the whole `queues` key is absent (§6.1). */
export function queueAutoCreate(
  config: { queues?: { autoCreate?: boolean } } | undefined,
): boolean {
  return config?.queues === undefined ? true : config.queues.autoCreate === true;
}

export const ownerReference = (actor: ActorView): Record<string, unknown> => ({
  apiVersion: 'asya.sh/v1alpha1',
  kind: 'AsyncActor',
  name: actor.name,
  uid: `<cluster: uid of AsyncActor ${actor.namespace}/${actor.name}>`,
  controller: true,
  blockOwnerDeletion: true,
});

export const queueName = (actor: ActorView): string => `asya-${actor.name}`;
