import type { Diagnostic } from '@/core/diagnostics/index.ts';
import type { K8sObject } from '@/core/operator/index.ts';
import { formulaDivisors, formulaVariables } from './formula-names.ts';

/*
 * Rule ids shared with the studio's scaling rules (src/core/scaling) where both find the same fault,
 * so the Problems list, which dedupes by rule and path, shows it once.
 */

/** What KEDA makes of the ScaledObject the operator sends (asya-operator.md §5.4, §7; keda-hpa.md §3). */
export interface KedaVerdict {
  status: 'accepted' | 'rejected' | 'no-scaled-object';
  /** KEDA's own error texts when it refuses the ScaledObject. */
  reasons: string[];
  /** The HPA KEDA creates when it accepts the ScaledObject. */
  hpa?: { name: string; minReplicas: number; maxReplicas: number; metricName: string };
}

const webhookSource = 'kedacore/keda v2.14.0: apis/keda/v1alpha1/scaledobject_webhook.go';
const advancedPath = ['scaling', 'advanced'];

function kedaProblem(
  ruleId: string,
  severity: Diagnostic['severity'],
  message: string,
  fix: string,
  path: (string | number)[],
): Diagnostic {
  return { ruleId, severity, stage: 'keda', message, fix, path, source: webhookSource };
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function modifierProblems(modifiers: Record<string, unknown>): Diagnostic[] {
  if (Object.keys(modifiers).length === 0) return [];
  const formula = typeof modifiers.formula === 'string' ? modifiers.formula : '';
  const target = typeof modifiers.target === 'string' ? modifiers.target : '';
  const problems: Diagnostic[] = [];
  if (formula === '')
    return [
      kedaProblem(
        'scaling/formula-missing',
        'error',
        'KEDA refuses the ScaledObject: error ScalingModifiers.Formula is mandatory (any advanced scaling field switches scalingModifiers on).',
        'Set `scaling.advanced.formula` or remove the advanced block.',
        [...advancedPath, 'formula'],
      ),
    ];
  const variables = formulaVariables(formula);
  if (variables.length > 0) {
    problems.push(
      kedaProblem(
        'scaling/formula-names-trigger',
        'error',
        `KEDA refuses the ScaledObject: the formula uses ${variables.map((v) => `\`${v}\``).join(', ')}, but the operator's trigger has no name, so KEDA compiles it with no variables ("unknown name ${variables[0] ?? ''}"). With KEDA's admission webhook the create call fails and the actor never autoscales.`,
        'With this operator version a formula cannot refer to the queue: remove `scaling.advanced` and scale with `queueLength`, or use a constant formula.',
        [...advancedPath, 'formula'],
      ),
    );
  }
  if (target === '')
    problems.push(
      kedaProblem(
        'scaling/target-missing',
        'error',
        'KEDA refuses the ScaledObject: formula is given but target is empty.',
        'Set `scaling.advanced.target` to a positive number written as a string, e.g. "10".',
        [...advancedPath, 'target'],
      ),
    );
  else if (!(Number(target) > 0))
    problems.push(
      kedaProblem(
        'scaling/target-not-positive',
        'error',
        `KEDA refuses the ScaledObject: error converting target for scalingModifiers (string->float) to valid target ("${target}").`,
        'Use a positive number, e.g. "10".',
        [...advancedPath, 'target'],
      ),
    );
  else if (formulaDivisors(formula).some((d) => d > 1) && Number(target) > 1) {
    problems.push(
      kedaProblem(
        'scaling/formula-double-division',
        'warning',
        `The formula divides by ${formulaDivisors(formula).join(', ')} and KEDA divides the result by target ${target} again, so the actor scales far less than it seems.`,
        'Divide in one place only: drop the division in the formula, or set target to "1".',
        [...advancedPath, 'target'],
      ),
    );
  }
  if (modifiers.metricType === 'Utilization')
    problems.push(
      kedaProblem(
        'scaling/metric-type-utilization',
        'error',
        'KEDA refuses the ScaledObject: Utilization is not allowed for external metrics; it needs AverageValue or Value.',
        'Use `metricType: AverageValue`.',
        [...advancedPath, 'metricType'],
      ),
    );
  return problems;
}

function boundsProblem(spec: Record<string, unknown>): Diagnostic[] {
  const min = Number(spec.minReplicaCount);
  const max = Number(spec.maxReplicaCount);
  if (!(min > max)) return [];
  return [
    kedaProblem(
      'values/min-above-max-replicas',
      'error',
      `KEDA refuses the ScaledObject: MinReplicaCount=${min} must be less than MaxReplicaCount=${max}. Neither the CRD nor the operator catches this.`,
      'Make `scaling.minReplicas` at most `scaling.maxReplicas`.',
      ['scaling', 'minReplicas'],
    ),
  ];
}

function triggerWarnings(trigger: Record<string, unknown>): Diagnostic[] {
  const metadata = record(trigger.metadata);
  if (
    trigger.type === 'aws-sqs-queue' &&
    metadata.identityOwner === 'pod' &&
    trigger.authenticationRef === undefined
  ) {
    return [
      {
        ...kedaProblem(
          'keda/sqs-no-credentials',
          'warning',
          'KEDA has no AWS credentials for this trigger (identityOwner: pod, no TriggerAuthentication): the aws-sqs-queue scaler fails with "awsAccessKeyID not found" and nothing scales. The IRSA ServiceAccount serves only the actor pods.',
          'Give KEDA credentials (KEDA pod identity, or credentials in the operator settings).',
          ['transport'],
        ),
        source: 'kedacore/keda v2.14: pkg/scalers/aws/aws_common.go',
      },
    ];
  }
  return [];
}

/** KEDA's verdict on the ScaledObject, and the problems that explain it. */
export function kedaVerdict(objects: readonly K8sObject[]): {
  verdict: KedaVerdict;
  diagnostics: Diagnostic[];
} {
  const scaledObject = objects.find((o) => o.kind === 'ScaledObject');
  if (!scaledObject)
    return { verdict: { status: 'no-scaled-object', reasons: [] }, diagnostics: [] };
  const spec = record(scaledObject.spec);
  const trigger = record(Array.isArray(spec.triggers) ? spec.triggers[0] : undefined);
  const modifiers = record(record(spec.advanced).scalingModifiers);
  const diagnostics = [
    ...modifierProblems(modifiers),
    ...boundsProblem(spec),
    ...triggerWarnings(trigger),
  ];
  const reasons = diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
  const name = String(record(scaledObject.metadata).name);
  const metricName =
    Object.keys(modifiers).length > 0
      ? 'composite-metric'
      : `s0-${String(trigger.type)}-asya-${name}`;
  const hpa = {
    name: `keda-hpa-${name}`,
    minReplicas: Math.max(Number(spec.minReplicaCount), 1),
    maxReplicas: Number(spec.maxReplicaCount),
    metricName,
  };
  return {
    verdict:
      reasons.length > 0 ? { status: 'rejected', reasons } : { status: 'accepted', reasons, hpa },
    diagnostics,
  };
}
