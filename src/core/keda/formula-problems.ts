import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { compileFormula } from '@/core/formula-engine/formula-engine.ts';
import { checkKedaDialect, kedaDialectSource } from './keda-dialect.ts';
import { parseExpr, type ExprNode } from './keda-expr.ts';
import { parseGoFloat } from './keda.ts';

/** The variable a studio formula may use (README decision 4): the queue the trigger reads. */
export const formulaVariable = 'queueLength';

export const formulaPath = ['scaling', 'advanced', 'formula'] as const;
export const targetPath = ['scaling', 'advanced', 'target'] as const;

/** `queueLength / N`, possibly inside ceil/floor/round/int and parentheses: returns N. */
function divisor(node: ExprNode): number | null {
  if (node.kind === 'paren') return divisor(node.inner);
  if (
    node.kind === 'call' &&
    ['ceil', 'floor', 'round', 'int', 'fix'].includes(node.name) &&
    node.args.length === 1
  )
    return divisor(node.args[0] as ExprNode);
  if (node.kind === 'binary' && node.op === '/' && node.right.kind === 'number') {
    const n = Number(node.right.text);
    return n > 0 ? n : null;
  }
  return null;
}

/** Queue lengths a formula is tried at: an empty queue, one message, a few, a backlog. */
const probeQueues = [0, 1, 10, 1000];

/**
 * What the studio finds in a ScaledObject's formula beyond KEDA's admission (which
 * `admitScaledObject` decides): whether the studio can evaluate it, where KEDA's expr dialect
 * reads it differently, a double division by target, and values KEDA cannot serve. A value that
 * is not a finite number (`1/0`, `0/0`, `9^9^9`, an empty aggregate) is an error: KEDA turns the
 * composite into milli-units with `int64(out * 1000)` (pkg/scaling/modifiers/formula.go), which
 * has no meaning for ±Inf or NaN.
 */
export function formulaProblems(formula: string, target: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const d = (x: Omit<Diagnostic, 'stage' | 'path'> & { path?: Diagnostic['path'] }): void => {
    out.push({ stage: 'keda', path: formulaPath, ...x });
  };
  const compiled = compileFormula(formula, [formulaVariable]);
  if (!compiled.ok) {
    d({
      ruleId: 'scaling/formula-refused',
      severity: 'error',
      message: `The studio cannot evaluate this formula: ${compiled.message}${compiled.offset !== undefined ? ` (at character ${compiled.offset + 1})` : ''}.`,
      fix: 'Use numbers, queueLength, + - * / ^, comparisons, and/or/not, a ? b : c, and ceil, floor, round, abs, min, max.',
    });
  }
  // When the studio refuses the formula, the dialect hint that says the same is noise.
  const findings = checkKedaDialect(formula, [formulaVariable]).filter(
    (f) => compiled.ok || f.ruleId !== 'scaling/dialect-mathjs',
  );
  for (const finding of findings) {
    d({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: `${finding.message} (at character ${finding.offset + 1}).`,
      fix: finding.fix,
      source: kedaDialectSource,
    });
  }
  const parsed = parseExpr(formula);
  const targetValue = parseGoFloat(target);
  const n = parsed.ok ? divisor(parsed.node) : null;
  if (n !== null && targetValue !== null && targetValue > 0) {
    d({
      ruleId: 'scaling/formula-double-division',
      severity: 'warning',
      message: `The formula already divides the queue by ${n}, and target ${targetValue} divides the result again: each pod gets ${n} × ${targetValue} = ${n * targetValue} messages, not ${n}.`,
      fix: `Either set target "1" to keep ${n} messages per pod, or drop the division from the formula and set target "${n}".`,
      path: targetPath,
    });
  }
  if (compiled.ok) {
    for (const q of probeQueues) {
      const value = compiled.evaluate({ [formulaVariable]: q });
      if (typeof value !== 'number') {
        d({
          ruleId: 'scaling/formula-not-finite',
          severity: 'error',
          message: `At queue length ${q} ${value.error}: KEDA cannot turn that into a metric (it stores int64(value × 1000)), so the HPA gets no usable value and the actor does not scale as intended.`,
          fix: 'Keep every result a finite number: guard divisions (queueLength > 0 ? … : 0) and aggregates of empty lists.',
        });
        break;
      }
      if (value < 0) {
        d({
          ruleId: 'scaling/formula-negative',
          severity: 'info',
          message: `At queue length ${q} the formula gives ${value}; KEDA turns negative metrics into 0.`,
          fix: 'Keep the formula at 0 or above.',
        });
        break;
      }
    }
  }
  return out;
}
