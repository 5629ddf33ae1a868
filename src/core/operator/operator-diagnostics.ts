import type { Diagnostic, ValuesPath } from '@/core/diagnostics/index.ts';
import { kedaSource, operatorSource } from './operator-types.ts';

/** A reconcile error as a problem on the value that causes it. */
export function reconcileError(
  ruleId: string,
  error: string,
  path: ValuesPath,
  fix: string,
  source = operatorSource,
): Diagnostic {
  return {
    ruleId,
    severity: 'error',
    stage: 'operator',
    message: `The operator stops the reconcile: ${error}`,
    fix,
    path,
    source,
  };
}

export const transportFix =
  'Set `transport` to a transport that is enabled in the operator settings (named exactly `rabbitmq` or `sqs`), or enable it there.';

export function statefulSetError(): Diagnostic {
  return reconcileError(
    'operator/statefulset-not-implemented',
    'StatefulSet support not yet implemented. The queue and the ConfigMap are created, but no workload, no ScaledObject; the actor retries forever.',
    ['workload', 'kind'],
    'Use `kind: Deployment` (the README promises StatefulSets, the current operator cannot create them).',
  );
}

export function triggerBuildError(error: string): Diagnostic {
  return {
    ruleId: 'operator/keda-trigger-build-failed',
    severity: 'error',
    stage: 'operator',
    message: `failed to build KEDA triggers: ${error}. The Deployment exists but no ScaledObject is created, so nothing autoscales.`,
    fix: 'Complete the transport config in the operator settings.',
    path: ['transport'],
    source: kedaSource,
  };
}
