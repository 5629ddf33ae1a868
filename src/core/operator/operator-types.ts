import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { upstreamLink } from '@/core/diagnostics/index.ts';

export type K8sObject = Record<string, unknown>;

/** One line per object the stage could produce: what happened to it and why. */
export interface ObjectStatus {
  kind: string;
  name: string;
  status: 'created' | 'rejected' | 'not-created';
  reason?: string;
}

/** A status condition the operator writes on the AsyncActor (values may be `<cluster: …>` when pods decide). */
export interface ActorCondition {
  type: 'TransportReady' | 'WorkloadReady' | 'ScalingReady';
  status: string;
  reason?: string;
  message?: string;
}

/** A broker action (queue, DLQ, exchange) the operator performs; not a Kubernetes object. */
export type BrokerSideEffect = Record<string, unknown> & { action: string };

/** Where the README and the code disagree, shown next to an object (reference/README.md decisions). */
export interface PipelineNote {
  text: string;
  source: string;
  /** `Kind/name` of the object the note belongs to. */
  object?: string;
}

/** Everything one reconcile of the stored AsyncActor produces. */
export interface ReconcileOutcome {
  objects: K8sObject[];
  statuses: ObjectStatus[];
  brokerSideEffects: BrokerSideEffect[];
  conditions: ActorCondition[];
  /** 'error' when the reconcile stops early (validation, transport, workload, trigger build). */
  result: 'success' | 'error';
  error?: string;
  notes: PipelineNote[];
  diagnostics: Diagnostic[];
  /**
   * Objects the README describes but the current operator does not create (decision 3: the
   * StatefulSet), each annotated as such. Never part of `objects`.
   */
  illustrations: K8sObject[];
}

/** The operator's reconcile, where its validation and transport lookup stop it. */
export const operatorSource = upstreamLink(
  'asya',
  'src/asya-operator/internal/controller/asya_controller.go',
  182,
);
/** `reconcileScaledObject`, which builds the ScaledObject and its trigger. */
export const kedaSource = upstreamLink('asya', 'src/asya-operator/internal/controller/keda.go', 68);

/** How a status line says that an object was not reached because the reconcile stopped before it. */
export const stoppedEarlier = 'an earlier step stopped the reconcile';
