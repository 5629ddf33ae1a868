import type { StoreResult } from '@/core/apiserver/index.ts';
import { podFieldNames } from '@/core/apiserver/index.ts';
import { upstreamLink, type Diagnostic } from '@/core/diagnostics/index.ts';
import { valuesPathOf } from './api-server-diagnostics.ts';

/** asya_types.go: `PodTemplateSpec` holds `metav1.ObjectMeta` and `corev1.PodSpec` (k8s.io/api v0.29.2). */
const podTemplateSource = upstreamLink(
  'asya',
  'src/asya-operator/api/v1alpha1/asya_types.go',
  [154, 167],
);
const kubernetesTypesSource = upstreamLink(
  'kubernetesTypes',
  'staging/src/k8s.io/api/core/v1/types.go',
);

const dotted = (path: readonly (string | number)[]): string =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .slice(1);

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** The field of the same Go type the key most likely meant, if one is close. */
function closest(key: string, owner: string): string | undefined {
  const ranked = podFieldNames(owner)
    .map((name) => ({ name, distance: editDistance(key, name) }))
    .sort((a, b) => a.distance - b.distance);
  const best = ranked[0];
  return best && best.distance <= Math.max(1, Math.floor(key.length / 4)) ? best.name : undefined;
}

function droppedWarning(drop: StoreResult['podFieldsDropped'][number]): Diagnostic {
  const key = String(drop.path[drop.path.length - 1]);
  const suggestion = closest(key, drop.owner);
  return {
    ruleId: 'operator/pod-field-dropped',
    severity: 'warning',
    stage: 'operator',
    message: `${dotted(drop.path.slice(1))}: ${drop.owner} has no field "${key}" in Kubernetes 1.29 (k8s.io/api v0.29.2, the operator's Go types), ${suggestion ? `probably a typo of "${suggestion}"` : 'so it is a typo or a field newer than 1.29'}. The CRD keeps it, but the operator's first write of the actor drops it: it is not in the stored actor and never reaches the Deployment.`,
    fix: suggestion
      ? `Rename it to ${suggestion}.`
      : 'Remove it, or fix its spelling; a field added after Kubernetes 1.29 needs an operator built with newer Kubernetes types.',
    path: valuesPathOf(drop.path),
    source: podTemplateSource,
  };
}

function decodeError(error: StoreResult['decodeErrors'][number]): Diagnostic {
  return {
    ruleId: 'operator/actor-undecodable',
    severity: 'error',
    stage: 'operator',
    message: `The operator cannot read this actor: ${dotted(error.path.slice(1))} (${error.field}) is ${error.problem}: its Go types cannot decode it. No finalizer, no queue, no objects and no status for this actor; and because the operator decodes its list of all AsyncActors at once, while this one is stored changes to the other actors are not picked up either, and a restarted operator cannot fill its cache.`,
    fix: 'Give the value the type Kubernetes expects here (quote numbers and booleans meant as strings; use a quantity such as 512Mi; an integer where one is expected).',
    path: valuesPathOf(error.path),
    source: kubernetesTypesSource,
  };
}

/** What the operator's first read and write of the actor through its Go types do (asya-operator.md §2.3). */
export function goTypesDiagnostics(result: StoreResult): Diagnostic[] {
  return [...result.podFieldsDropped.map(droppedWarning), ...result.decodeErrors.map(decodeError)];
}
