import { upstreamLink } from '@/core/diagnostics/upstream-source.ts';
import { formulaCompileError, type ScalingModifiersSpec } from './keda-formula.ts';
import {
  fallbackError,
  parseGoFloat,
  replicaBoundsError,
  type FallbackSpec,
  type TriggerSpec,
} from './keda.ts';

/** The parts of a ScaledObject's spec KEDA's admission webhook reads. */
export interface ScaledObjectAdmissionInput {
  modifiers: ScalingModifiersSpec;
  triggers: readonly TriggerSpec[];
  fallback: FallbackSpec | null;
  minReplicaCount: number | null;
  maxReplicaCount: number | null;
  idleReplicaCount: number | null;
}

/** The ScaledObject field a refusal is about. */
export type AdmissionField =
  'formula' | 'target' | 'metricType' | 'fallback' | 'replicaCounts' | 'triggers';

/** One check of the webhook that fails, with KEDA's own error text. */
export interface AdmissionRefusal {
  field: AdmissionField;
  error: string;
}

/** The webhook file every refusal comes from. */
export const kedaWebhookSource = upstreamLink(
  'keda',
  'apis/keda/v1alpha1/scaledobject_webhook.go',
  [153, 190],
);

/** `IsUsingModifiers`: any field of scalingModifiers set. */
export function isUsingModifiers(modifiers: ScalingModifiersSpec): boolean {
  return [
    modifiers.formula,
    modifiers.target,
    modifiers.activationTarget,
    modifiers.metricType,
  ].some((v) => v !== undefined && v !== '');
}

/** `strconv.ParseFloat(target)` and `num <= 0.0` (a NaN target passes, as in Go). */
export function isValidModifiersTarget(target: string): boolean {
  const parsed = parseGoFloat(target);
  return parsed !== null && !(parsed <= 0);
}

/** `ValidateAndCompileScalingModifiers` (webhook lines 519-609). */
function scalingModifiersRefusal(
  modifiers: ScalingModifiersSpec,
  triggers: readonly TriggerSpec[],
): AdmissionRefusal | null {
  const formula = modifiers.formula ?? '';
  const target = modifiers.target ?? '';
  if (formula === '')
    return { field: 'formula', error: 'error ScalingModifiers.Formula is mandatory' };
  const formulaError =
    target === '' ? 'formula is given but target is empty' : formulaCompileError(formula, triggers);
  if (formulaError)
    return {
      field: target === '' ? 'target' : 'formula',
      error: `error validating formula in ScalingModifiers\n${formulaError}`,
    };
  if (!isValidModifiersTarget(target))
    return {
      field: 'target',
      error:
        'error validating target in ScalingModifiers\nerror converting target for scalingModifiers (string->float) to valid target',
    };
  if (modifiers.metricType === 'Utilization')
    return {
      field: 'metricType',
      error:
        'error validating target in ScalingModifiers\nerror trigger type is Utilization, but it needs to be AverageValue or Value for external metrics',
    };
  return null;
}

/**
 * KEDA's admission webhook on a ScaledObject (`validateWorkload`): every check that fails, in a
 * fixed order. The webhook runs its checks from a Go map, so which one `kubectl` shows first
 * varies; all of them must pass. The checks that need the cluster (other ScaledObjects, HPAs,
 * cpu/memory requests) are out of scope: the operator's ScaledObject has no cpu/memory trigger.
 */
export function admitScaledObject(input: ScaledObjectAdmissionInput): AdmissionRefusal[] {
  const refusals: AdmissionRefusal[] = [];
  const bounds = replicaBoundsError(
    input.minReplicaCount,
    input.maxReplicaCount,
    input.idleReplicaCount,
  );
  if (bounds) refusals.push({ field: 'replicaCounts', error: bounds });
  const using = isUsingModifiers(input.modifiers);
  const fallback = fallbackError(input.fallback, input.triggers, using);
  if (fallback) refusals.push({ field: 'fallback', error: fallback });
  // verifyScaledObjects: the modifiers, then the scalingModifiers fallback behaviour.
  const modifiers = using ? scalingModifiersRefusal(input.modifiers, input.triggers) : null;
  if (modifiers) refusals.push(modifiers);
  else if (input.fallback?.behavior === 'scalingModifiers' && !input.modifiers.formula)
    refusals.push({
      field: 'fallback',
      error: 'scalingModifiers fallback behavior requires scalingModifiers.formula to be defined',
    });
  // verifyTriggers → ValidateTriggers: trigger names must be unique.
  const names = input.triggers.map((t) => t.name).filter((n): n is string => Boolean(n));
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate)
    refusals.push({
      field: 'triggers',
      error: `triggerName "${duplicate}" is defined multiple times in the ScaledObject/ScaledJob, but it must be unique`,
    });
  return refusals;
}
