export { reconcile } from './reconcile.ts';
export type {
  ReconcileOutcome,
  ObjectStatus,
  ActorCondition,
  BrokerSideEffect,
  PipelineNote,
  K8sObject,
} from './operator-types.ts';
export { viewActor, type ActorView } from './actor-spec.ts';
export { stoppedEarlier } from './operator-types.ts';
