import { ScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject';
import { TriggerAuthentication } from '@kubernetes-models/keda/keda.sh/v1alpha1/TriggerAuthentication';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import type { Diagnostic, ValuesPath } from '@/core/diagnostics/index.ts';
import { upstreamLink } from '@/core/diagnostics/index.ts';

type Validatable = { validate(): void };
type ModelClass = new (data: never) => Validatable;

/**
 * The upstream schema for each kind the operator sends (kubernetes-models, @kubernetes-models/keda),
 * and the upstream definition a user can open: the Kubernetes Go types, the KEDA CRDs.
 */
const models: Record<string, { model: ModelClass; source: string }> = {
  Deployment: {
    model: Deployment,
    source: upstreamLink('kubernetesTypes', 'staging/src/k8s.io/api/apps/v1/types.go'),
  },
  StatefulSet: {
    model: StatefulSet,
    source: upstreamLink('kubernetesTypes', 'staging/src/k8s.io/api/apps/v1/types.go'),
  },
  ConfigMap: {
    model: ConfigMap,
    source: upstreamLink('kubernetesTypes', 'staging/src/k8s.io/api/core/v1/types.go'),
  },
  ServiceAccount: {
    model: ServiceAccount,
    source: upstreamLink('kubernetesTypes', 'staging/src/k8s.io/api/core/v1/types.go'),
  },
  ScaledObject: {
    model: ScaledObject,
    source: upstreamLink('keda', 'config/crd/bases/keda.sh_scaledobjects.yaml'),
  },
  TriggerAuthentication: {
    model: TriggerAuthentication,
    source: upstreamLink('keda', 'config/crd/bases/keda.sh_triggerauthentications.yaml'),
  },
};

interface SchemaError {
  instancePath?: string;
  message?: string;
  keyword?: string;
}

function pointerSegments(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The values path a workload field comes from; other objects point at the block that feeds them. */
function valuesPathFor(kind: string, segments: (string | number)[]): ValuesPath {
  if (kind === 'Deployment' || kind === 'StatefulSet') {
    if (segments[0] === 'spec' && segments[1] === 'template')
      return ['workload', 'template', ...segments.slice(2)];
    if (segments[0] === 'spec' && segments[1] === 'replicas') return ['workload', 'replicas'];
    return ['workload'];
  }
  return kind === 'ScaledObject' ? ['scaling'] : [];
}

function schemaErrors(error: unknown): SchemaError[] {
  const errors = (error as { errors?: unknown }).errors;
  if (Array.isArray(errors)) return errors as SchemaError[];
  return [{ instancePath: '', message: error instanceof Error ? error.message : String(error) }];
}

function objectDiagnostics(object: Record<string, unknown>): Diagnostic[] {
  const kind = String(object.kind);
  const entry = models[kind];
  if (!entry) return [];
  try {
    new entry.model(object as never).validate();
    return [];
  } catch (error) {
    const byPath = new Map<string, string[]>();
    for (const e of schemaErrors(error)) {
      if (e.keyword === 'oneOf' || e.keyword === 'anyOf') continue;
      const list = byPath.get(e.instancePath ?? '') ?? [];
      list.push(e.message ?? 'is invalid');
      byPath.set(e.instancePath ?? '', list);
    }
    const metadataName = (object.metadata as { name?: unknown } | undefined)?.name;
    const name = typeof metadataName === 'string' ? metadataName : '';
    return [...byPath].map(([pointer, messages]) => ({
      ruleId: 'kubernetes-schema/invalid-object',
      severity: 'error' as const,
      stage: 'kubernetes-schema' as const,
      message: `The API server refuses ${kind} "${name}": ${pointer.replace(/^\//, '').replace(/\//g, '.') || '(object)'} ${[...new Set(messages)].join(' or ')}.`,
      fix: 'Correct the value to the type Kubernetes expects for this field.',
      path: valuesPathFor(kind, pointerSegments(pointer)),
      source: entry.source,
    }));
  }
}

/**
 * Checks the operator's objects against the upstream Kubernetes and KEDA schemas. Heavy (it pulls
 * the JSON schemas in), so the UI loads this module lazily.
 */
export function validateKubernetesObjects(
  objects: readonly Record<string, unknown>[],
): Diagnostic[] {
  return objects.flatMap(objectDiagnostics);
}
