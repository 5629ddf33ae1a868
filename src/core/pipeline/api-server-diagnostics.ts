import type { Diagnostic, ValuesPath } from '@/core/diagnostics/index.ts';
import type { ObjectPath, StoreResult } from '@/core/apiserver/index.ts';
import { upstreamLink } from '@/core/diagnostics/index.ts';

/** The AsyncActor CRD's spec schema at the pinned commit. */
const crdSource = upstreamLink(
  'asya',
  'src/asya-operator/config/crd/asya.sh_asyncactors.yaml',
  [91, 387],
);

/** Lines of the `omitempty` int fields in the operator's Go types (api/v1alpha1/asya_types.go). */
const goFieldLines = new Map<unknown, number>([
  ['processing', 58],
  ['gracefulShutdown', 63],
  ['pollingInterval', 88],
  ['cooldownPeriod', 93],
  ['queueLength', 99],
]);

/** An AsyncActor path (`spec.scaling.x`, `metadata.name`) → the values path both charts read it from. */
export function valuesPathOf(objectPath: ObjectPath): ValuesPath {
  const [root, ...rest] = objectPath;
  if (root === 'metadata')
    return rest[0] === 'name' || rest[0] === 'namespace'
      ? [rest[0]]
      : rest[0] === 'labels'
        ? ['labels', ...rest.slice(1)]
        : [];
  return root === 'spec' ? rest : objectPath;
}

const dotted = (path: ObjectPath): string => path.map(String).join('.');

function prunedWarning(path: ObjectPath): Diagnostic {
  const field = dotted(path);
  const isVct = path[path.length - 1] === 'volumeClaimTemplates';
  return {
    ruleId: 'api-server/unknown-field-pruned',
    severity: 'warning',
    stage: 'api-server',
    message: `unknown field "${field}": the AsyncActor CRD has no such field, so the API server drops it (helm install only warns; kubectl apply refuses the manifest).`,
    fix: isVct
      ? 'Remove volumeClaimTemplates: the CRD cannot carry them and the operator has no StatefulSet support; use a volume in workload.template.spec instead.'
      : 'Remove the field or fix its spelling.',
    path: valuesPathOf(path),
    source: crdSource,
  };
}

function valueAt(object: unknown, path: ObjectPath): unknown {
  let node = object;
  for (const key of path)
    node =
      node !== null && typeof node === 'object'
        ? (node as Record<string, unknown>)[key]
        : undefined;
  return node;
}

/** A zero the operator's finalizer write leaves out, where the CRD default that returns differs. */
function zeroDroppedWarning(path: ObjectPath, stored: unknown): Diagnostic | undefined {
  const restored = valueAt(stored, path);
  if (restored === undefined) return undefined;
  const field = dotted(path.slice(1));
  return {
    ruleId: 'operator/zero-value-dropped',
    severity: 'warning',
    stage: 'operator',
    message: `${field} is set to its Go zero value, which the operator's Go type leaves out when it first writes the actor back (omitempty): the API server fills the CRD default ${JSON.stringify(restored)} again, and that is what the operator uses.`,
    fix: `Remove ${field} to get ${JSON.stringify(restored)} openly, or set the value you mean (above 0).`,
    path: valuesPathOf(path),
    source: upstreamLink(
      'asya',
      'src/asya-operator/api/v1alpha1/asya_types.go',
      goFieldLines.get(path.at(-1)) ?? [9, 152],
    ),
  };
}

/** Problems of the API-server stage: pruned fields as warnings, each CRD violation as an error. */
export function apiServerDiagnostics(result: StoreResult): Diagnostic[] {
  const zeros = result.zeroValuesDropped.flatMap(
    (path) => zeroDroppedWarning(path, result.stored) ?? [],
  );
  const violations = result.violations.map<Diagnostic>((v) => ({
    ruleId: 'api-server/crd-validation',
    severity: 'error',
    stage: 'api-server',
    message: `The API server rejects the AsyncActor, so helm install fails and nothing is created: ${v.message}`,
    fix: 'Correct this value to the type and range the AsyncActor CRD accepts.',
    path: valuesPathOf(v.path),
    source: crdSource,
  }));
  return [...result.pruned.map(prunedWarning), ...zeros, ...violations];
}

export function prunedWarningText(path: ObjectPath): string {
  return `unknown field "${dotted(path)}" (dropped by the API server)`;
}
