import type { ValuesPath } from '@/core/diagnostics/index.ts';
import type { K8sObject } from '@/core/operator/index.ts';
import type { FieldOrigin, PipelineStageId } from './pipeline-result.ts';

type Path = (string | number)[];

function isObject(value: unknown): value is Record<string, unknown> | unknown[] {
  return value !== null && typeof value === 'object';
}

/** Every leaf under `value`, as [relative path]. */
function leaves(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (!isObject(value) || Object.keys(value).length === 0) {
    out.push(prefix);
    return out;
  }
  for (const [key, child] of Array.isArray(value) ? value.entries() : Object.entries(value))
    leaves(child, [...prefix, key], out);
  return out;
}

function get(value: unknown, path: Path): unknown {
  let node = value;
  for (const key of path)
    node = isObject(node) ? (node as Record<string | number, unknown>)[key] : undefined;
  return node;
}

/** Origins of an AsyncActor (chart or stored): metadata, transport and every leaf of scaling, timeout, workload. */
export function asyncActorOrigins(
  stage: PipelineStageId,
  actor: K8sObject,
  objectIndex: number,
): FieldOrigin[] {
  const origins: FieldOrigin[] = [
    { stage, objectIndex, objectPath: ['metadata', 'name'], valuesPath: ['name'] },
    { stage, objectIndex, objectPath: ['metadata', 'namespace'], valuesPath: ['namespace'] },
    { stage, objectIndex, objectPath: ['spec', 'transport'], valuesPath: ['transport'] },
  ];
  for (const block of ['scaling', 'timeout', 'workload']) {
    const value = get(actor, ['spec', block]);
    if (value === undefined) continue;
    for (const leaf of leaves(value))
      origins.push({
        stage,
        objectIndex,
        objectPath: ['spec', block, ...leaf],
        valuesPath: [block, ...leaf],
      });
  }
  return origins;
}

const scaledObjectFields: [Path, ValuesPath][] = [
  [
    ['spec', 'pollingInterval'],
    ['scaling', 'pollingInterval'],
  ],
  [
    ['spec', 'cooldownPeriod'],
    ['scaling', 'cooldownPeriod'],
  ],
  [
    ['spec', 'minReplicaCount'],
    ['scaling', 'minReplicas'],
  ],
  [
    ['spec', 'maxReplicaCount'],
    ['scaling', 'maxReplicas'],
  ],
  [['spec', 'triggers', 0, 'type'], ['transport']],
  [
    ['spec', 'triggers', 0, 'metadata', 'value'],
    ['scaling', 'queueLength'],
  ],
  [
    ['spec', 'triggers', 0, 'metadata', 'queueLength'],
    ['scaling', 'queueLength'],
  ],
  ...['formula', 'target', 'activationTarget', 'metricType'].map<[Path, ValuesPath]>((k) => [
    ['spec', 'advanced', 'scalingModifiers', k],
    ['scaling', 'advanced', k],
  ]),
];

function deploymentOrigins(
  object: K8sObject,
  objectIndex: number,
  userPodSpec: unknown,
): FieldOrigin[] {
  const base: Path = ['spec', 'template', 'spec'];
  const origins: FieldOrigin[] = [
    {
      stage: 'operator',
      objectIndex,
      objectPath: ['spec', 'replicas'],
      valuesPath: ['workload', 'replicas'],
    },
    {
      stage: 'operator',
      objectIndex,
      objectPath: [...base, 'terminationGracePeriodSeconds'],
      valuesPath: ['timeout', 'gracefulShutdown'],
    },
  ];
  for (const leaf of leaves(userPodSpec)) {
    if (get(object, [...base, ...leaf]) !== undefined)
      origins.push({
        stage: 'operator',
        objectIndex,
        objectPath: [...base, ...leaf],
        valuesPath: ['workload', 'template', 'spec', ...leaf],
      });
  }
  const containers = get(object, [...base, 'containers']);
  const runtime = Array.isArray(containers)
    ? containers.findIndex(
        (c) => isObject(c) && (c as Record<string, unknown>).name === 'asya-runtime',
      )
    : -1;
  if (runtime >= 0)
    origins.push({
      stage: 'operator',
      objectIndex,
      objectPath: [...base, 'containers', runtime, 'command', 0],
      valuesPath: ['workload', 'pythonExecutable'],
    });
  return origins;
}

/** Origins of the operator's objects: names, the Deployment's user fields, the ScaledObject's scaling fields. */
export function operatorOrigins(
  objects: readonly K8sObject[],
  userPodSpec: unknown,
): FieldOrigin[] {
  return objects.flatMap((object, objectIndex) => {
    const common: FieldOrigin[] = [
      {
        stage: 'operator',
        objectIndex,
        objectPath: ['metadata', 'namespace'],
        valuesPath: ['namespace'],
      },
    ];
    // Every object but the shared ConfigMap is named after the actor.
    if (object.kind !== 'ConfigMap') {
      common.push({
        stage: 'operator',
        objectIndex,
        objectPath: ['metadata', 'name'],
        valuesPath: ['name'],
      });
    }
    if (object.kind === 'Deployment')
      return [...common, ...deploymentOrigins(object, objectIndex, userPodSpec)];
    if (object.kind !== 'ScaledObject') return common;
    const fields = scaledObjectFields.filter(([path]) => get(object, path) !== undefined);
    return [
      ...common,
      ...fields.map(([objectPath, valuesPath]) => ({
        stage: 'operator' as const,
        objectIndex,
        objectPath,
        valuesPath,
      })),
    ];
  });
}
