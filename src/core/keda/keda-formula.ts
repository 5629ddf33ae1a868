import { compileExpression, type FormulaValue } from '@/core/formula-engine/formula-engine.ts';
import { parseExpr } from './keda-expr.ts';
import { exprToMathjs } from './keda-expr-to-mathjs.ts';
import { checkExprTypes } from './keda-expr-types.ts';
import {
  fallbackError,
  normaliseKedaFormula,
  type FallbackSpec,
  type TriggerSpec,
} from './keda.ts';

/** The `scalingModifiers` block of a ScaledObject, as strings the way the CRD types it. */
export interface ScalingModifiersSpec {
  formula?: string;
  target?: string;
  activationTarget?: string;
  metricType?: string;
}

export type KedaVerdict = { accepted: true } | { accepted: false; error: string };

/** Names that feed a formula: named triggers that are not cpu/memory (keda-hpa.md §3.6). */
export function formulaVariables(triggers: readonly TriggerSpec[]): string[] {
  return triggers
    .filter((t) => t.type !== 'cpu' && t.type !== 'memory' && t.name)
    .map((t) => t.name as string);
}

/** Translates an expr formula to mathjs, or says why it cannot be read. */
export function translateKedaFormula(
  formula: string,
): { ok: true; mathjs: string } | { ok: false; message: string; offset: number } {
  const parsed = parseExpr(formula);
  if (!parsed.ok) return parsed;
  return { ok: true, mathjs: exprToMathjs(parsed.node) };
}

/**
 * Evaluates a formula as KEDA would: expr semantics, reproduced by translating to mathjs and
 * running it on the studio's engine. Null variables are triggers in fallback.
 */
export function evaluateKedaFormula(
  formula: string,
  variables: Readonly<Record<string, number | null>>,
): FormulaValue | { error: string } {
  const translated = translateKedaFormula(formula);
  if (!translated.ok) return { error: translated.message };
  // expr has true, false and nil literals; the studio's formulas do not, but KEDA formulas may.
  const compiled = compileExpression(translated.mathjs, Object.keys(variables), { literals: true });
  if (!compiled.ok)
    return { error: `${compiled.message} (in the translation ${translated.mathjs})` };
  return compiled.evaluateRaw(variables);
}

function compileAndRun(formula: string, variables: readonly string[]): string | null {
  const normalised = normaliseKedaFormula(formula);
  const parsed = parseExpr(normalised);
  if (!parsed.ok) return `${parsed.message} (char ${parsed.offset + 1})`;
  const typed = checkExprTypes(parsed.node, new Set(variables));
  if (typed.errors.length > 0) return (typed.errors[0] as { message: string }).message;
  // float(<bool>) does not compile: the result must be a number.
  const inner = parseExpr(formula);
  if (inner.ok && checkExprTypes(inner.node, new Set(variables)).type === 'bool')
    return 'invalid argument for float (type bool)';
  const dummy = Object.fromEntries(variables.map((v) => [v, -1]));
  const result = evaluateKedaFormula(formula, dummy);
  if (result !== null && typeof result === 'object' && 'error' in result)
    return `failed to run formula with dummy values: ${result.error}`;
  return null;
}

/** Go's strconv.ParseFloat accepts no spaces; KEDA then wants the value > 0. */
export function isPositiveGoFloat(text: string): boolean {
  if (
    !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text) &&
    !/^[+]?(inf|infinity)$/i.test(text)
  )
    return false;
  return Number(text.replace(/^\+?inf(inity)?$/i, 'Infinity')) > 0;
}

/**
 * Admission-time validation of a ScaledObject's modifiers and fallback
 * (kedacore/keda:apis/keda/v1alpha1/scaledobject_webhook.go `ValidateAndCompileScalingModifiers`).
 */
export function validateKedaModifiers(input: {
  modifiers: ScalingModifiersSpec;
  triggers: readonly TriggerSpec[];
  fallback?: FallbackSpec | null;
}): KedaVerdict {
  const m = input.modifiers;
  const using = [m.formula, m.target, m.activationTarget, m.metricType].some(
    (v) => v !== undefined && v !== '',
  );
  if (input.fallback?.behavior === 'scalingModifiers' && !m.formula) {
    return {
      accepted: false,
      error: 'scalingModifiers fallback behavior requires scalingModifiers.formula to be defined',
    };
  }
  const names = input.triggers.map((t) => t.name).filter((n): n is string => Boolean(n));
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate)
    return {
      accepted: false,
      error: `triggerName "${duplicate}" is defined multiple times in the ScaledObject/ScaledJob, but it must be unique`,
    };
  const fallbackProblem = fallbackError(
    input.fallback ?? null,
    input.triggers,
    using ? (m.metricType ?? '') : null,
  );
  if (fallbackProblem) return { accepted: false, error: fallbackProblem };
  if (!using) return { accepted: true };
  if (!m.formula) return { accepted: false, error: 'error ScalingModifiers.Formula is mandatory' };
  if (!m.target)
    return {
      accepted: false,
      error: 'error validating formula in ScalingModifiers\nformula is given but target is empty',
    };
  const formulaProblem = compileAndRun(m.formula, formulaVariables(input.triggers));
  if (formulaProblem)
    return {
      accepted: false,
      error: `error validating formula in ScalingModifiers\n${formulaProblem}`,
    };
  if (!isPositiveGoFloat(m.target)) {
    return {
      accepted: false,
      error:
        'error validating target in ScalingModifiers\nerror converting target for scalingModifiers (string->float) to valid target',
    };
  }
  if (m.metricType === 'Utilization') {
    return {
      accepted: false,
      error:
        'error validating target in ScalingModifiers\nerror trigger type is Utilization, but it needs to be AverageValue or Value for external metrics',
    };
  }
  return { accepted: true };
}
