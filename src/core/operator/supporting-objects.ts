import { ownerReference, type ActorView } from './actor-spec.ts';
import { podLabels } from './pod-template.ts';
import type { K8sObject } from './operator-types.ts';

/** The per-namespace runtime ConfigMap; the script is operator-image content, shown as a placeholder (decision 5). */
export function runtimeConfigMap(actor: ActorView): K8sObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: 'asya-runtime',
      namespace: actor.namespace,
      labels: {
        'app.kubernetes.io/name': 'asya-runtime',
        'app.kubernetes.io/component': 'asya-runtime',
        'app.kubernetes.io/part-of': 'asya',
      },
    },
    data: {
      'asya_runtime.py':
        '<file: deliveryhero/asya:src/asya-runtime/asya_runtime.py as baked into the operator image at /runtime/asya_runtime.py>',
    },
  };
}

/** IRSA ServiceAccount `asya-<actor>` (asya-operator.md §4.5). */
export function irsaServiceAccount(actor: ActorView, roleArn: string): K8sObject {
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: {
      name: `asya-${actor.name}`,
      namespace: actor.namespace,
      annotations: { 'eks.amazonaws.com/role-arn': roleArn },
      ownerReferences: [ownerReference(actor)],
    },
  };
}

/** `reconcileDeployment` (§4.8): replicas only when autoscaling is off. */
export function deployment(actor: ActorView, template: Record<string, unknown>): K8sObject {
  const spec: Record<string, unknown> = {};
  if (actor.scaling.enabled !== true)
    spec.replicas = typeof actor.workload.replicas === 'number' ? actor.workload.replicas : 1;
  spec.selector = { matchLabels: podLabels(actor) };
  spec.template = template;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: actor.name,
      namespace: actor.namespace,
      ownerReferences: [ownerReference(actor)],
    },
    spec,
  };
}

/** Marks an object the README promises but the current operator never creates. */
export const illustrationAnnotation = 'actor-studio/illustration';

/**
 * The StatefulSet the README describes for `kind: StatefulSet`, built like the Deployment. The
 * current operator creates none ("StatefulSet support not yet implemented"); the pipeline adds the
 * volumeClaimTemplates that the API server pruned from the AsyncActor.
 */
export function readmeStatefulSet(actor: ActorView, template: Record<string, unknown>): K8sObject {
  const object = deployment(actor, template);
  const metadata = object.metadata as Record<string, unknown>;
  const spec = object.spec as Record<string, unknown>;
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: {
      ...metadata,
      annotations: {
        [illustrationAnnotation]:
          'not created by the current operator: the README describes it, the operator returns "StatefulSet support not yet implemented"',
      },
    },
    spec: { serviceName: actor.name, ...spec },
  };
}
