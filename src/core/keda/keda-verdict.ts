import type { Diagnostic, ValuesPath } from '@/core/diagnostics/index.ts';
import { upstreamLink } from '@/core/diagnostics/upstream-source.ts';
import type { K8sObject } from '@/core/operator/index.ts';
import { formulaPath, formulaProblems } from './formula-problems.ts';
import {
  admitScaledObject,
  kedaWebhookSource,
  type AdmissionField,
  type AdmissionRefusal,
  type ScaledObjectAdmissionInput,
} from './keda-admission.ts';
import { parseExpr } from './keda-expr.ts';
import { exprNames } from './keda-expr-types.ts';
import type { ScalingModifiersSpec } from './keda-formula.ts';
import type { FallbackSpec, TriggerSpec } from './keda.ts';
import { asRecord } from '@/core/shared/is-record.ts';

/** What KEDA makes of the ScaledObject the operator sends (asya-operator.md §5.4, §7; keda-hpa.md §3). */
export interface KedaVerdict {
  status: 'accepted' | 'rejected' | 'no-scaled-object';
  /** KEDA's own error texts when it refuses the ScaledObject. */
  reasons: string[];
  /** The HPA KEDA creates when it accepts the ScaledObject. */
  hpa?: { name: string; minReplicas: number; maxReplicas: number; metricName: string };
}

const advancedPath = ['scaling', 'advanced'];

/** Where in the values each ScaledObject field the operator fills comes from. */
const fieldPaths: Record<AdmissionField, ValuesPath> = {
  formula: formulaPath,
  target: [...advancedPath, 'target'],
  metricType: [...advancedPath, 'metricType'],
  fallback: ['scaling'],
  replicaCounts: ['scaling', 'minReplicas'],
  triggers: ['scaling'],
};

const fixes: Record<AdmissionField, string> = {
  formula: 'Fix the formula, or remove `scaling.advanced` and scale with `queueLength`.',
  target: 'Set `scaling.advanced.target` to a positive number written as a string, e.g. "10".',
  metricType: 'Use `metricType: AverageValue` (pods = ⌈value / target⌉) or `Value`.',
  fallback: 'Fix the fallback block.',
  replicaCounts: 'Make `scaling.minReplicas` at most `scaling.maxReplicas`.',
  triggers: 'Give each trigger its own name.',
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
const count = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** The ScaledObject's spec as the webhook reads it (any shape; nothing is trusted). */
export function admissionInput(spec: Record<string, unknown>): ScaledObjectAdmissionInput {
  const modifiers = asRecord(asRecord(spec.advanced).scalingModifiers);
  const fallback = spec.fallback === undefined ? null : asRecord(spec.fallback);
  const triggers: TriggerSpec[] = (Array.isArray(spec.triggers) ? spec.triggers : []).map((t) => {
    const trigger = asRecord(t);
    const name = text(trigger.name);
    const metricType = text(trigger.metricType);
    return {
      type: String(trigger.type),
      ...(name ? { name } : {}),
      ...(metricType ? { metricType } : {}),
    };
  });
  const spec_: ScalingModifiersSpec = {};
  for (const key of ['formula', 'target', 'activationTarget', 'metricType'] as const) {
    const value = text(modifiers[key]);
    if (value !== undefined) spec_[key] = value;
  }
  const fallbackSpec: FallbackSpec | null = fallback && {
    failureThreshold: count(fallback.failureThreshold) ?? 0,
    replicas: count(fallback.replicas) ?? 0,
    ...(text(fallback.behavior) ? { behavior: text(fallback.behavior) as string } : {}),
  };
  return {
    modifiers: spec_,
    triggers,
    fallback: fallbackSpec,
    minReplicaCount: count(spec.minReplicaCount),
    maxReplicaCount: count(spec.maxReplicaCount),
    idleReplicaCount: count(spec.idleReplicaCount),
  };
}

/** Why the formula fails to compile when it names a variable: the operator's trigger has no name. */
function unnamedTriggerNote(refusal: AdmissionRefusal, input: ScaledObjectAdmissionInput): string {
  if (refusal.field !== 'formula') return '';
  const parsed = parseExpr(input.modifiers.formula ?? '');
  const names = parsed.ok ? exprNames(parsed.node) : [];
  if (names.length === 0 || input.triggers.some((t) => t.name)) return '';
  return ` The formula uses ${names.map((n) => `\`${n}\``).join(', ')}, but the Asya operator creates its trigger without a name, so the formula has no variables: with this operator version a formula cannot refer to the queue. The studio still simulates it with queueLength = the queue length (README decision 4).`;
}

function refusalProblem(refusal: AdmissionRefusal, input: ScaledObjectAdmissionInput): Diagnostic {
  return {
    ruleId: `keda/refuses-${refusal.field}`,
    severity: 'error',
    stage: 'keda',
    message: `KEDA refuses the ScaledObject: ${refusal.error.replace(/\n/g, ': ')}.${unnamedTriggerNote(refusal, input)} The operator's ScalingReady condition turns False and the actor does not autoscale.`,
    fix: fixes[refusal.field],
    path: fieldPaths[refusal.field],
    source: kedaWebhookSource,
  };
}

function triggerWarnings(trigger: Record<string, unknown>): Diagnostic[] {
  const metadata = asRecord(trigger.metadata);
  if (
    trigger.type !== 'aws-sqs-queue' ||
    metadata.identityOwner !== 'pod' ||
    trigger.authenticationRef !== undefined
  )
    return [];
  return [
    {
      ruleId: 'keda/sqs-no-credentials',
      severity: 'warning',
      stage: 'keda',
      message:
        'KEDA has no AWS credentials for this trigger (identityOwner: pod, no TriggerAuthentication): the aws-sqs-queue scaler fails with "awsAccessKeyID not found" and nothing scales. The IRSA ServiceAccount serves only the actor pods.',
      fix: 'Give KEDA credentials (KEDA pod identity, or credentials in the operator settings).',
      path: ['transport'],
      source: upstreamLink('keda', 'pkg/scalers/aws/aws_common.go'),
    },
  ];
}

/**
 * KEDA's verdict on the ScaledObject the operator builds: the one admission decision the preview,
 * the Problems list and the Scaling lab all show, with the problems that explain it and the
 * studio's findings about the formula.
 */
export function kedaVerdict(objects: readonly K8sObject[]): {
  verdict: KedaVerdict;
  diagnostics: Diagnostic[];
} {
  const scaledObject = objects.find((o) => o.kind === 'ScaledObject');
  if (!scaledObject)
    return { verdict: { status: 'no-scaled-object', reasons: [] }, diagnostics: [] };
  const spec = asRecord(scaledObject.spec);
  const input = admissionInput(spec);
  const refusals = admitScaledObject(input);
  const formula = input.modifiers.formula ?? '';
  const diagnostics = [
    ...refusals.map((r) => refusalProblem(r, input)),
    ...(formula === '' ? [] : formulaProblems(formula, input.modifiers.target ?? '')),
    ...triggerWarnings(asRecord(Array.isArray(spec.triggers) ? spec.triggers[0] : undefined)),
  ];
  const reasons = refusals.map(
    (r) => `KEDA refuses the ScaledObject: ${r.error.replace(/\n/g, ': ')}`,
  );
  if (reasons.length > 0) return { verdict: { status: 'rejected', reasons }, diagnostics };
  const name = String(asRecord(scaledObject.metadata).name);
  const trigger = input.triggers[0];
  const usingModifiers = Object.keys(input.modifiers).length > 0;
  const hpa = {
    name: `keda-hpa-${name}`,
    minReplicas: Math.max(input.minReplicaCount ?? 0, 1),
    maxReplicas: input.maxReplicaCount ?? 100,
    metricName: usingModifiers ? 'composite-metric' : `s0-${String(trigger?.type)}-asya-${name}`,
  };
  return { verdict: { status: 'accepted', reasons, hpa }, diagnostics };
}
