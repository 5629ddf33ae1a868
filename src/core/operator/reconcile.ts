import type { OperatorSettings, TransportEntry } from '@/core/operator-settings/index.ts';
import { operatorEnv, viewActor, type ActorView, type OperatorEnv } from './actor-spec.ts';
import { brokerSideEffects } from './broker-side-effects.ts';
import { deploymentRejections } from './deployment-rejections.ts';
import { aggregate } from '@/core/kubernetes-validation/index.ts';
import { buildScaledObject, buildTrigger } from './keda-objects.ts';
import {
  reconcileError,
  statefulSetError,
  transportFix,
  triggerBuildError,
} from './operator-diagnostics.ts';
import { stoppedEarlier, type ReconcileOutcome } from './operator-types.ts';
import { buildPodTemplate } from './pod-template.ts';
import {
  irsaServiceAccount,
  deployment,
  readmeStatefulSet,
  runtimeConfigMap,
} from './supporting-objects.ts';
import { sqsQueueRefusal } from './sqs-queue-name.ts';
import { validateActorSpec } from './validate-actor-spec.ts';

const workloadPending =
  '<cluster: True/WorkloadCreated once pods are healthy; False/PodsNotHealthy otherwise, e.g. "No pods found" while scaled to zero>';

function created(out: ReconcileOutcome, object: Record<string, unknown>): void {
  out.objects.push(object);
  const metadata = object.metadata as { name: string };
  out.statuses.push({ kind: String(object.kind), name: metadata.name, status: 'created' });
}

function stop(out: ReconcileOutcome, error: string): ReconcileOutcome {
  out.result = 'error';
  out.error = error;
  return out;
}

function lookupTransport(
  actor: ActorView,
  env: OperatorEnv,
  out: ReconcileOutcome,
): TransportEntry | undefined {
  const entry = env.transports[actor.transport];
  const problem = !entry ? 'not found in' : entry.enabled !== true ? 'is disabled in' : undefined;
  if (problem) {
    const error = `transport '${actor.transport}' ${problem === 'not found in' ? 'not found in' : 'is disabled in'} operator configuration`;
    out.conditions.push({
      type: 'TransportReady',
      status: 'False',
      reason: 'InvalidTransport',
      message: error,
    });
    out.diagnostics.push(
      reconcileError(
        'operator/transport-unavailable',
        `${error}; nothing is created.`,
        ['transport'],
        transportFix,
      ),
    );
    stop(out, error);
    return undefined;
  }
  out.conditions.push({
    type: 'TransportReady',
    status: 'True',
    reason: 'TransportValidated',
    message: 'Transport configuration validated',
  });
  if (actor.transport !== 'rabbitmq' && actor.transport !== 'sqs') {
    const error = `unsupported transport type: ${actor.transport}`;
    out.diagnostics.push(
      reconcileError(
        'operator/transport-name-not-type',
        `${error}; the operator picks the queue code by the transport's name, which must be literally rabbitmq or sqs.`,
        ['transport'],
        transportFix,
      ),
    );
    stop(out, error);
    return undefined;
  }
  return entry;
}

function workloadError(out: ReconcileOutcome, error: string): void {
  out.conditions.push({
    type: 'WorkloadReady',
    status: 'False',
    reason: 'ReconcileError',
    message: error,
  });
  stop(out, error);
}

function reconcileWorkload(
  actor: ActorView,
  env: OperatorEnv,
  entry: TransportEntry,
  roleArn: string | undefined,
  out: ReconcileOutcome,
): boolean {
  const kind = actor.workload.kind;
  if (kind === 'StatefulSet') {
    out.diagnostics.push(statefulSetError());
    out.statuses.push({
      kind: 'StatefulSet',
      name: actor.name,
      status: 'not-created',
      reason: 'StatefulSet support not yet implemented',
    });
    out.illustrations.push(
      readmeStatefulSet(
        actor,
        buildPodTemplate(actor, env, entry, roleArn ? `asya-${actor.name}` : undefined),
      ),
    );
    workloadError(out, 'StatefulSet support not yet implemented');
    return false;
  }
  const userAccount = actor.podSpec.serviceAccountName;
  if (roleArn && typeof userAccount === 'string' && userAccount !== '') {
    const error = `cannot use custom serviceAccountName "${userAccount}" when IRSA (actorRoleArn) is configured: remove serviceAccountName from spec or disable IRSA`;
    out.diagnostics.push(
      reconcileError(
        'operator/irsa-service-account-conflict',
        error,
        ['workload', 'template', 'spec', 'serviceAccountName'],
        'Remove serviceAccountName; with IRSA the operator sets asya-<actor>.',
      ),
    );
    workloadError(out, error);
    return false;
  }
  const object = deployment(
    actor,
    buildPodTemplate(actor, env, entry, roleArn ? `asya-${actor.name}` : undefined),
  );
  const rejections = deploymentRejections(object, actor);
  if (rejections.length > 0) {
    out.objects.push(object);
    const error = `Deployment.apps "${actor.name}" is invalid: ${aggregate(rejections.map((r) => r.message))}`;
    out.statuses.push({ kind: 'Deployment', name: actor.name, status: 'rejected', reason: error });
    for (const r of rejections)
      out.diagnostics.push(
        reconcileError(
          'operator/deployment-rejected',
          `the API server refuses the Deployment (Kubernetes 1.34.2 validation): Deployment.apps "${actor.name}" is invalid: ${r.message}. Nothing after it is created: no TriggerAuthentication, no ScaledObject.`,
          r.path,
          r.fix,
          r.source,
        ),
      );
    workloadError(out, error);
    return false;
  }
  created(out, object);
  out.conditions.push({ type: 'WorkloadReady', status: workloadPending });
  return true;
}

function reconcileScaling(actor: ActorView, entry: TransportEntry, out: ReconcileOutcome): void {
  if (actor.scaling.enabled !== true) return;
  const build = buildTrigger(actor, entry);
  if (build.error || !build.trigger) {
    const error = `failed to build KEDA triggers: ${build.error ?? 'no trigger'}`;
    out.diagnostics.push(triggerBuildError(build.error ?? 'no trigger'));
    out.conditions.push({
      type: 'ScalingReady',
      status: 'False',
      reason: 'ReconcileError',
      message: error,
    });
    out.statuses.push({
      kind: 'ScaledObject',
      name: actor.name,
      status: 'not-created',
      reason: error,
    });
    stop(out, error);
    return;
  }
  if (build.triggerAuthentication) created(out, build.triggerAuthentication);
  created(out, buildScaledObject(actor, build.trigger));
  out.conditions.push({
    type: 'ScalingReady',
    status: 'True',
    reason: 'ScaledObjectCreated',
    message: 'KEDA ScaledObject successfully created',
  });
}

/** A stopped workload step ends the reconcile: the scaling objects after it are never made (§4.1). */
function scalingNotReached(actor: ActorView, entry: TransportEntry, out: ReconcileOutcome): void {
  if (actor.scaling.enabled !== true) return;
  const reason = `${stoppedEarlier}: ${out.error ?? ''}`;
  const auth = buildTrigger(actor, entry).triggerAuthentication;
  if (auth)
    out.statuses.push({
      kind: 'TriggerAuthentication',
      name: `${actor.name}-trigger-auth`,
      status: 'not-created',
      reason,
    });
  out.statuses.push({ kind: 'ScaledObject', name: actor.name, status: 'not-created', reason });
}

/** The operator's reconcile of a stored AsyncActor (asya-operator.md §4.1), first pass on a fresh install. */
export function reconcile(
  stored: Record<string, unknown>,
  settings: OperatorSettings,
): ReconcileOutcome {
  const out: ReconcileOutcome = {
    objects: [],
    statuses: [],
    brokerSideEffects: [],
    conditions: [],
    result: 'success',
    notes: [],
    diagnostics: [],
    illustrations: [],
  };
  const actor = viewActor(stored);
  const env = operatorEnv(settings);
  const invalid = validateActorSpec(actor);
  if (invalid) {
    out.conditions.push({
      type: 'WorkloadReady',
      status: 'False',
      reason: 'ValidationError',
      message: invalid.error,
    });
    out.diagnostics.push(invalid.diagnostic);
    return stop(out, invalid.error);
  }
  const entry = lookupTransport(actor, env, out);
  if (!entry) return out;
  if (!env.disableQueueManagement) {
    out.brokerSideEffects = brokerSideEffects(actor, entry);
    const refusal = sqsQueueRefusal(actor, entry, out.brokerSideEffects);
    if (refusal) {
      out.brokerSideEffects = refusal.effects;
      out.diagnostics.push(refusal.diagnostic);
      // The queue error returns before any status update, so the TransportReady condition set in
      // memory is never written: the actor shows no conditions.
      out.conditions = [];
      return stop(out, refusal.error);
    }
  }
  const roleArn =
    entry.type === 'sqs' && entry.config?.actorRoleArn ? entry.config.actorRoleArn : undefined;
  if (roleArn) created(out, irsaServiceAccount(actor, roleArn));
  created(out, runtimeConfigMap(actor));
  if (reconcileWorkload(actor, env, entry, roleArn, out)) reconcileScaling(actor, entry, out);
  else scalingNotReached(actor, entry, out);
  return out;
}
