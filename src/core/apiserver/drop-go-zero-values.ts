import { isRecord } from '@/core/shared/is-record.ts';

/**
 * Scalar fields of the AsyncActor's Go types that are tagged `omitempty` and are not pointers
 * (deliveryhero/asya@23d62b0 src/asya-operator/api/v1alpha1/asya_types.go): encoding/json leaves
 * their zero value (0, "", false) out of the operator's finalizer write, so the API server fills the
 * CRD default again (asya-operator.md §2.3). Pointer fields (`minReplicas`, `maxReplicas`,
 * `replicas`) keep an explicit 0.
 */
const omitEmptyScalars: Record<string, readonly string[]> = {
  sidecar: ['image', 'imagePullPolicy'],
  timeout: ['processing', 'gracefulShutdown'],
  scaling: ['enabled', 'pollingInterval', 'cooldownPeriod', 'queueLength'],
  'scaling.advanced': [
    'formula',
    'target',
    'activationTarget',
    'metricType',
    'restoreToOriginalReplicaCount',
  ],
  workload: ['kind', 'pythonExecutable'],
};

const isGoZero = (value: unknown): boolean => value === 0 || value === '' || value === false;

function objectAt(
  spec: Record<string, unknown>,
  dotted: string,
): Record<string, unknown> | undefined {
  let node: unknown = spec;
  for (const key of dotted.split('.')) node = isRecord(node) ? node[key] : undefined;
  return isRecord(node) ? node : undefined;
}

/** Paths (under `spec`) of the zero values that the operator's Go types would not write back. */
export function goZeroValuePaths(spec: Record<string, unknown>): string[][] {
  const paths: string[][] = [];
  for (const [dotted, keys] of Object.entries(omitEmptyScalars)) {
    const object = objectAt(spec, dotted);
    for (const key of keys)
      if (object && isGoZero(object[key])) paths.push([...dotted.split('.'), key]);
  }
  return paths;
}

/** A copy of a stored AsyncActor spec without those zero values. */
export function dropGoZeroValues(
  spec: Record<string, unknown>,
  paths: string[][],
): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(spec)) as Record<string, unknown>;
  for (const path of paths) {
    const object = objectAt(copy, path.slice(0, -1).join('.'));
    if (object) delete object[path[path.length - 1] ?? ''];
  }
  return copy;
}
