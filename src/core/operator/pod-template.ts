import type { TransportEntry } from '@/core/operator-settings/index.ts';
import { asMap, type ActorView, type OperatorEnv } from './actor-spec.ts';
import { transportEnv } from './transport-env.ts';

type EnvVar = Record<string, unknown>;

const socketDir = '/var/run/asya';
const endActors = ['happy-end', 'error-end'];
const probeCommand = [
  'sh',
  '-c',
  `test -S ${socketDir}/asya-runtime.sock && test -f ${socketDir}/runtime-ready`,
];
const probe = (timing: Record<string, number>): Record<string, unknown> => ({
  exec: { command: [...probeCommand] },
  ...timing,
});
const probes: Record<string, Record<string, number>> = {
  startupProbe: {
    initialDelaySeconds: 3,
    timeoutSeconds: 3,
    periodSeconds: 2,
    failureThreshold: 150,
  },
  livenessProbe: { timeoutSeconds: 5, periodSeconds: 30, failureThreshold: 3 },
  readinessProbe: { timeoutSeconds: 3, periodSeconds: 10, failureThreshold: 3 },
};
const sharedMounts = (): Record<string, unknown>[] => [
  { name: 'socket-dir', mountPath: socketDir },
  { name: 'tmp', mountPath: '/tmp' },
];

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The `asya-runtime` container: operator command, socket env, mounts and the probes the user left out. */
function runtimeContainer(
  container: Record<string, unknown>,
  actor: ActorView,
): Record<string, unknown> {
  const env: unknown[] = [...list(container.env), { name: 'ASYA_SOCKET_DIR', value: socketDir }];
  if (endActors.includes(actor.name)) env.push({ name: 'ASYA_ENABLE_VALIDATION', value: 'false' });
  const python =
    typeof actor.workload.pythonExecutable === 'string' && actor.workload.pythonExecutable !== ''
      ? actor.workload.pythonExecutable
      : 'python3';
  const { name, image, ...rest } = container;
  const result: Record<string, unknown> = {
    name,
    image,
    ...rest,
    command: [python, '/opt/asya/asya_runtime.py'],
    env,
  };
  result.volumeMounts = [
    ...list(container.volumeMounts),
    ...sharedMounts(),
    {
      name: 'asya-runtime',
      mountPath: '/opt/asya/asya_runtime.py',
      subPath: 'asya_runtime.py',
      readOnly: true,
    },
  ];
  for (const [key, timing] of Object.entries(probes))
    if (container[key] === undefined) result[key] = probe(timing);
  return result;
}

/** The gateway URL the sidecar gets: operator setting, else the runtime's own plain value, else empty. */
function gatewayUrl(actor: ActorView, env: OperatorEnv): string {
  if (env.gatewayURL) return env.gatewayURL;
  const runtime = actor.containers.find((c) => c.name === 'asya-runtime');
  const entry = list(runtime?.env)
    .map(asMap)
    .find((e) => e.name === 'ASYA_GATEWAY_URL');
  return typeof entry?.value === 'string' ? entry.value : '';
}

/** `buildSidecarEnv` then `injectSidecar`: the fixed order of asya-operator.md §4.7. */
export function sidecarEnv(
  actor: ActorView,
  env: OperatorEnv,
  transport: TransportEntry,
): EnvVar[] {
  const vars: EnvVar[] = [
    { name: 'ASYA_LOG_LEVEL', value: 'info' },
    { name: 'ASYA_GATEWAY_URL', value: gatewayUrl(actor, env) },
    { name: 'ASYA_ACTOR_NAME', value: actor.name },
    { name: 'ASYA_ACTOR_HAPPY_END', value: 'happy-end' },
    { name: 'ASYA_ACTOR_ERROR_END', value: 'error-end' },
  ];
  if (endActors.includes(actor.name)) vars.push({ name: 'ASYA_IS_END_ACTOR', value: 'true' });
  const processing = actor.timeout.processing;
  if (typeof processing === 'number' && processing > 0)
    vars.push({ name: 'ASYA_RUNTIME_TIMEOUT', value: `${processing}s` });
  vars.push(...transportEnv(transport), { name: 'ASYA_SOCKET_DIR', value: socketDir });
  return [...vars, ...(list(actor.sidecar.env) as EnvVar[])];
}

function sidecarContainer(
  actor: ActorView,
  env: OperatorEnv,
  transport: TransportEntry,
): Record<string, unknown> {
  const image =
    typeof actor.sidecar.image === 'string' && actor.sidecar.image !== ''
      ? actor.sidecar.image
      : env.sidecarImage;
  const container: Record<string, unknown> = {
    name: 'asya-sidecar',
    image,
    imagePullPolicy: actor.sidecar.imagePullPolicy ?? 'IfNotPresent',
    env: sidecarEnv(actor, env, transport),
  };
  if (actor.sidecar.resources !== undefined) container.resources = actor.sidecar.resources;
  container.volumeMounts = sharedMounts();
  return container;
}

export const podLabels = (actor: ActorView): Record<string, string> => ({
  app: actor.name,
  'asya.sh/asya': actor.name,
  'asya.sh/workload': 'deployment',
});

/** `injectSidecar`: the pod template the Deployment gets (asya-operator.md §4.7). */
export function buildPodTemplate(
  actor: ActorView,
  env: OperatorEnv,
  transport: TransportEntry,
  serviceAccount?: string,
): Record<string, unknown> {
  const containers = actor.containers.map((c) =>
    c.name === 'asya-runtime' ? runtimeContainer(c, actor) : c,
  );
  containers.push(sidecarContainer(actor, env, transport));
  const volumes = [
    ...list(actor.podSpec.volumes),
    { name: 'socket-dir', emptyDir: {} },
    { name: 'tmp', emptyDir: {} },
    { name: 'asya-runtime', configMap: { name: 'asya-runtime', defaultMode: 493 } },
  ];
  const grace = actor.timeout.gracefulShutdown;
  const spec: Record<string, unknown> = {
    ...actor.podSpec,
    containers,
    volumes,
    terminationGracePeriodSeconds: typeof grace === 'number' && grace > 0 ? grace : 30,
  };
  if (serviceAccount) spec.serviceAccountName = serviceAccount;
  const labels = { ...podLabels(actor), ...asMap(actor.podMetadata.labels) };
  return { metadata: { ...actor.podMetadata, labels }, spec };
}
