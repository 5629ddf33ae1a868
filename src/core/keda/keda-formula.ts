import { compileExpression, type FormulaValue } from '@/core/formula-engine/formula-engine.ts';
import { parseExpr } from './keda-expr.ts';
import { exprToMathjs } from './keda-expr-to-mathjs.ts';
import { checkExprTypes } from './keda-expr-types.ts';
import { nilCompositeValue, type FallbackSpec, type TriggerSpec } from './keda.ts';

/** The `scalingModifiers` block of a ScaledObject, as strings the way the CRD types it. */
export interface ScalingModifiersSpec {
  formula?: string;
  target?: string;
  activationTarget?: string;
  metricType?: string;
}

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

/**
 * The composite metric KEDA serves for one poll (upstream: pkg/scaling/modifiers/formula.go,
 * calculateScalingModifiersFormula). The formula runs as the webhook normalised it: a `??`
 * formula may give nil, which becomes fallback.replicas × target; any other formula is cast with
 * float(…), which fails on nil.
 */
export function kedaCompositeValue(input: {
  formula: string;
  variables: Readonly<Record<string, number | null>>;
  fallback: FallbackSpec | null;
  target: string;
}): { value: number; fromNil: boolean } | { error: string } {
  const raw = evaluateKedaFormula(input.formula, input.variables);
  if (raw !== null && typeof raw === 'object' && 'error' in raw) return raw;
  if (raw === null) {
    if (!input.formula.includes('??'))
      return { error: 'error trying to run custom formula: invalid operation: float(<nil>)' };
    const fallback = nilCompositeValue(input.fallback, input.target);
    return 'error' in fallback ? fallback : { value: fallback.value, fromNil: true };
  }
  if (typeof raw === 'boolean') return { error: 'invalid argument for float (type bool)' };
  return { value: Number(raw), fromNil: false };
}

/**
 * `validateScalingModifiersFormula`: the formula, as castToFloatIfNecessary rewrote it, must
 * compile with the named triggers as variables and run with each at -1. Null when it does.
 */
export function formulaCompileError(
  formula: string,
  triggers: readonly TriggerSpec[],
): string | null {
  const variables = formulaVariables(triggers);
  const parsed = parseExpr(formula);
  if (!parsed.ok) return `${parsed.message} (char ${parsed.offset + 1})`;
  const typed = checkExprTypes(parsed.node, new Set(variables));
  if (typed.errors.length > 0) return (typed.errors[0] as { message: string }).message;
  // float(<bool>) does not compile; a `??` formula is bound with let and cast the same way.
  if (typed.type === 'bool') return 'invalid argument for float (type bool)';
  const dummy = Object.fromEntries(variables.map((v) => [v, -1]));
  const result = evaluateKedaFormula(formula, dummy);
  if (result !== null && typeof result === 'object' && 'error' in result)
    return `failed to run formula with dummy values: ${result.error}`;
  if (result === null && !formula.includes('??'))
    return 'invalid operation: float(<nil>) with dummy values';
  return null;
}
