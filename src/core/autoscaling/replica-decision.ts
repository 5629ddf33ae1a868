import { compileFormula, type CompiledFormula } from '@/core/formula-engine/formula-engine.ts';
import { isWithinTolerance, toMilli } from './hpa-replica-calc.ts';
import { formulaVariable } from '@/core/keda/formula-problems.ts';
import type { ScalingModel } from './scaling-model.ts';

/** What KEDA serves the HPA for one queue length: the composite when a formula is in use. */
export interface MetricReading {
  /** The value activation compares (queue length, or the formula's value). */
  value: number;
  /** In milli-units, as the HPA reads it. */
  milli: number;
  targetMilli: number;
  activation: number;
  /** True when the formula's composite metric replaces the trigger metric. */
  composite: boolean;
  error?: string;
}

/** A model with its formula compiled once; reuse it across many queue lengths. */
export interface PreparedModel {
  model: ScalingModel;
  formula: CompiledFormula | null;
  formulaError: string | null;
}

export function prepareModel(model: ScalingModel): PreparedModel {
  if (model.formula === null) return { model, formula: null, formulaError: null };
  const compiled = compileFormula(model.formula, [formulaVariable]);
  return compiled.ok
    ? { model, formula: compiled, formulaError: null }
    : { model, formula: null, formulaError: compiled.message };
}

const slot: (number | null)[] = [0];

/** The metric for a queue length (§3.4, §3.6): formula value truncated to milli, else the queue. */
export function readMetric(prepared: PreparedModel, queue: number): MetricReading {
  const { model, formula } = prepared;
  if (formula && model.target !== null) {
    slot[0] = queue;
    const result = formula.evaluateAt(slot);
    // A formula error leaves the composite metric missing: inactive, and the HPA gets nothing.
    if (typeof result !== 'number')
      return {
        value: 0,
        milli: 0,
        targetMilli: toMilli(model.target),
        activation: model.activationTarget,
        composite: true,
        error: result.error,
      };
    return {
      value: result,
      milli: toMilli(result),
      targetMilli: toMilli(model.target),
      activation: model.activationTarget,
      composite: true,
    };
  }
  return {
    value: queue,
    milli: toMilli(queue),
    targetMilli: toMilli(model.queueLength),
    activation: model.activationQueueLength,
    composite: false,
  };
}

/**
 * The HPA's proposal for one metric reading with the workload at `current` pods (all ready),
 * in integer milli arithmetic (§2.2); `current` 0 or undefined means no tolerance band.
 */
export function hpaProposal(
  model: ScalingModel,
  metric: MetricReading,
  current: number | undefined,
): { replicas: number; heldByTolerance: boolean } {
  const usage = metric.milli;
  const target = metric.targetMilli;
  // The trigger itself always uses AverageValue (the operator sets no trigger metricType).
  const type = metric.composite ? model.metricType : 'AverageValue';
  if (current === undefined || current === 0)
    return { replicas: Math.ceil(usage / target), heldByTolerance: false };
  if (type === 'Value') {
    const ratio = usage / target;
    return isWithinTolerance(ratio, model.tolerances)
      ? { replicas: current, heldByTolerance: true }
      : { replicas: Math.ceil(ratio * current), heldByTolerance: false };
  }
  const ratio = usage / (target * current);
  return isWithinTolerance(ratio, model.tolerances)
    ? { replicas: current, heldByTolerance: true }
    : { replicas: Math.ceil(usage / target), heldByTolerance: false };
}

/** Desired replicas at a queue length in steady state: activation, proposal, then min/max. */
export function desiredReplicasAt(
  prepared: PreparedModel,
  queue: number,
  current?: number,
): number {
  const { model } = prepared;
  if (!model.enabled) return model.minReplicas;
  const metric = readMetric(prepared, queue);
  if (metric.error !== undefined || !(metric.value > metric.activation)) return model.minReplicas;
  const proposal = hpaProposal(model, metric, current).replicas;
  return Math.min(Math.max(proposal, Math.max(model.minReplicas, 1)), model.maxReplicas);
}
