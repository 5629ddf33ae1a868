import type { ValuesPath } from '@/core/diagnostics/index.ts';

/** The two charts the studio renders with (reference/README.md, decision 1). */
export type ChartProfileId = 'asya-test-actor' | 'asya-actor';

export const chartProfileIds: readonly ChartProfileId[] = ['asya-test-actor', 'asya-actor'];

/** Chart name as it appears in the `helm.sh/chart` label and in error messages. */
export const chartVersion = '0.1.0';
export const chartAppVersion = '1.0';

/** values.yaml of the README profile (reference/readme-profile.md §1). */
function testActorDefaults(): Record<string, unknown> {
  return {
    name: 'my-actor',
    namespace: 'my-namespace',
    transport: 'rabbitmq',
    labels: {},
    annotations: {},
    scaling: {
      enabled: true,
      minReplicas: 0,
      maxReplicas: 10,
      pollingInterval: 10,
      cooldownPeriod: 60,
      queueLength: 5,
      advanced: {
        formula: '',
        target: '',
        activationTarget: '',
        metricType: '',
        restoreToOriginalReplicaCount: false,
      },
    },
    workload: {
      kind: 'Deployment',
      replicas: 1,
      pythonExecutable: 'python3',
      template: { spec: { containers: [] } },
    },
    awsAccessKeyId: '',
    awsSecretAccessKey: '',
  };
}

/** values.yaml of the shipped chart, the keys its single-actor template reads (asya-operator.md §1.2). */
function asyaActorDefaults(): Record<string, unknown> {
  return {
    name: '',
    namespace: 'default',
    transport: '',
    actors: [],
    default: {
      scaling: {
        enabled: true,
        minReplicas: 1,
        maxReplicas: 10,
        pollingInterval: 10,
        cooldownPeriod: 60,
        queueLength: 5,
      },
      workload: {
        kind: 'Deployment',
        template: {
          spec: {
            containers: [
              {
                name: 'asya-runtime',
                image: 'my-actor:latest',
                imagePullPolicy: 'IfNotPresent',
                env: [{ name: 'ASYA_HANDLER', value: 'my_module.my_handler' }],
                resources: {
                  requests: { cpu: '100m', memory: '128Mi' },
                  limits: { cpu: '500m', memory: '512Mi' },
                },
              },
            ],
          },
        },
      },
      // The test hooks' settings (templates/tests/*.yaml); they only decide whether a hook renders.
      healthChecks: {
        preInstall: { enabled: true },
        crew: { enabled: true, requiredActors: ['happy-end', 'error-end'] },
        queue: { enabled: true, timeoutSeconds: 300 },
        deployment: { enabled: true, timeoutSeconds: 600 },
        status: { enabled: true },
      },
    },
    infrastructure: {
      operatorNamespace: 'asya-system',
      rabbitmq: { podName: 'asya-rabbitmq-0' },
      sqs: { secretName: 'sqs-secret', endpoint: '', region: 'us-east-1' },
    },
  };
}

/** A fresh copy of the chart's values.yaml defaults for a profile (callers may mutate it). */
export function chartDefaults(profile: ChartProfileId): Record<string, unknown> {
  return profile === 'asya-test-actor' ? testActorDefaults() : asyaActorDefaults();
}

/** CRD defaults (asya-operator.md §2.1): what the API server fills in when the chart leaves a field out. */
const crdDefaults: Record<string, unknown> = {
  'workload.kind': 'Deployment',
  'workload.replicas': 1,
  'workload.pythonExecutable': 'python3',
  'scaling.enabled': false,
  'scaling.minReplicas': 0,
  'scaling.maxReplicas': 50,
  'scaling.pollingInterval': 10,
  'scaling.cooldownPeriod': 60,
  'scaling.queueLength': 5,
  'timeout.processing': 300,
  'timeout.gracefulShutdown': 30,
};

function lookup(root: unknown, path: ValuesPath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** The shipped chart keeps scaling/workload defaults under `default.*`; they apply when the user sets no block. */
function asyaActorView(defaults: Record<string, unknown>): Record<string, unknown> {
  const fallback = defaults.default as Record<string, unknown>;
  return { ...defaults, scaling: fallback.scaling, workload: fallback.workload };
}

/**
 * The value a field ends up with when the user does not set it: the chart default, else the CRD
 * default the API server applies; undefined when neither has one.
 */
export function effectiveDefault(profile: ChartProfileId, path: ValuesPath): unknown {
  const defaults = chartDefaults(profile);
  const view = profile === 'asya-actor' ? asyaActorView(defaults) : defaults;
  const fromChart = lookup(view, path);
  if (fromChart !== undefined) return fromChart;
  return crdDefaults[path.map(String).join('.')];
}
