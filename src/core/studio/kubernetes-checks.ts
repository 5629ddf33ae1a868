import { locateDiagnostics } from '@/core/document/index.ts';
import { validateKubernetesObjects } from '@/core/kubernetes-schema/index.ts';
import type { DerivedStudio } from './derive-studio.ts';

/** The operator's objects against the upstream Kubernetes and KEDA schemas, located in the values. */
export function checkKubernetesObjects(derived: DerivedStudio) {
  const objects = derived.analysis?.pipeline.operator.objects ?? [];
  if (!derived.parsed) return [];
  return locateDiagnostics(derived.parsed, validateKubernetesObjects(objects));
}
