import type { ChartProfileId } from '@/core/chart/chart-profile.ts';
import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { compileFormula } from '@/core/formula-engine/formula-engine.ts';
import { checkKedaDialect, kedaDialectSource } from './keda-dialect.ts';
import { parseExpr, type ExprNode } from './keda-expr.ts';
import { exprNames } from './keda-expr-types.ts';
import { isPositiveGoFloat } from './keda-formula.ts';
import { formulaVariable, scalingModelFromValues } from '@/core/autoscaling/scaling-model.ts';

const formulaPath = ['scaling', 'advanced', 'formula'] as const;
const targetPath = ['scaling', 'advanced', 'target'] as const;
const advancedPath = ['scaling', 'advanced'] as const;

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

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

function formulaDiagnostics(formula: string, target: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  const d = (x: Omit<Diagnostic, 'stage' | 'path'> & { path?: Diagnostic['path'] }): void => {
    out.push({ stage: 'scaling', path: formulaPath, ...x });
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
  const names = parsed.ok ? exprNames(parsed.node) : [];
  if (names.length > 0) {
    d({
      ruleId: 'scaling/formula-names-trigger',
      severity: 'error',
      message: `KEDA rejects the ScaledObject: the formula uses ${names.map((n) => `\`${n}\``).join(', ')}, but the Asya operator creates its trigger without a name, so the formula has no variables ("unknown name ${names[0]}"). The actor's ScalingReady condition turns False and nothing autoscales. The studio still simulates the formula with queueLength = the queue length.`,
      fix: 'Remove scaling.advanced (scaling then follows queueLength per pod), or keep the formula only once the operator names its trigger.',
      source:
        'deliveryhero/asya:src/asya-operator/internal/controller/keda.go; kedacore/keda:apis/keda/v1alpha1/scaledobject_webhook.go',
    });
  }
  const targetValue =
    typeof target === 'number'
      ? target
      : typeof target === 'string' && isPositiveGoFloat(target)
        ? Number(target)
        : null;
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
    for (const q of [0, 1, 10, 1000]) {
      const value = compiled.evaluate({ [formulaVariable]: q });
      if (typeof value !== 'number') {
        d({
          ruleId: 'scaling/formula-not-finite',
          severity: 'warning',
          message: `At queue length ${q} ${value.error}: KEDA serves no metric then and marks the object inactive.`,
          fix: 'Guard the division, e.g. queueLength > 0 ? … : 0.',
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

/**
 * The formula-, target- and metricType-level verdicts for an actor's values (raw, any shape).
 * Object-level KEDA checks (bounds, triggers, authentication) belong to the render pipeline.
 */
export function scalingVerdicts(
  values: unknown,
  profile: ChartProfileId = 'asya-test-actor',
): Diagnostic[] {
  if (!scalingModelFromValues(values, profile).enabled) return [];
  const scaling = isMap(values) && isMap(values.scaling) ? values.scaling : {};
  const advanced = isMap(scaling.advanced) ? scaling.advanced : {};
  const out: Diagnostic[] = [];
  const { formula, target, activationTarget, metricType } = advanced;
  const using = [formula, target, activationTarget, metricType].some(present);
  if (!using) return out;
  if (!present(formula)) {
    out.push({
      ruleId: 'scaling/formula-missing',
      severity: 'error',
      stage: 'scaling',
      path: formulaPath,
      message:
        'KEDA rejects the ScaledObject: target, activationTarget or metricType is set without a formula ("ScalingModifiers.Formula is mandatory").',
      fix: 'Add a formula, or remove the other scaling.advanced fields.',
      source: 'kedacore/keda:apis/keda/v1alpha1/scaledobject_webhook.go',
    });
  } else if (typeof formula !== 'string') {
    out.push({
      ruleId: 'scaling/formula-not-text',
      severity: 'error',
      stage: 'scaling',
      path: formulaPath,
      message: 'The formula must be text; the CRD refuses other types.',
      fix: 'Quote the formula.',
    });
  } else {
    out.push(...formulaDiagnostics(formula, target));
    if (!present(target)) {
      out.push({
        ruleId: 'scaling/target-missing',
        severity: 'error',
        stage: 'scaling',
        path: targetPath,
        message:
          'KEDA rejects the ScaledObject: a formula needs a target ("formula is given but target is empty").',
        fix: 'Set target to the composite value one pod should handle, e.g. "1".',
        source: 'kedacore/keda:apis/keda/v1alpha1/scaledobject_webhook.go',
      });
    }
  }
  if (
    present(target) &&
    !(typeof target === 'number'
      ? target > 0
      : typeof target === 'string' && isPositiveGoFloat(target))
  ) {
    out.push({
      ruleId: 'scaling/target-not-positive',
      severity: 'error',
      stage: 'scaling',
      path: targetPath,
      message: `KEDA rejects the ScaledObject: target ${JSON.stringify(target)} is not a number above 0 ("error converting target for scalingModifiers").`,
      fix: 'Set target to a positive number in quotes, e.g. "5".',
      source: 'kedacore/keda:apis/keda/v1alpha1/scaledobject_webhook.go',
    });
  }
  if (
    present(activationTarget) &&
    !(
      typeof activationTarget === 'number' ||
      (typeof activationTarget === 'string' &&
        /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(activationTarget))
    )
  ) {
    out.push({
      ruleId: 'scaling/activation-target-invalid',
      severity: 'error',
      stage: 'scaling',
      path: [...advancedPath, 'activationTarget'],
      message: `activationTarget ${JSON.stringify(activationTarget)} is not a number: KEDA cannot decide when to scale from zero.`,
      fix: 'Set activationTarget to a number in quotes, e.g. "0".',
    });
  }
  if (metricType === 'Utilization') {
    out.push({
      ruleId: 'scaling/metric-type-utilization',
      severity: 'error',
      stage: 'scaling',
      path: [...advancedPath, 'metricType'],
      message:
        'KEDA rejects the ScaledObject: metricType Utilization is only for cpu/memory ("it needs to be AverageValue or Value for external metrics"). The Asya CRD accepts it, so the problem only shows in the cluster.',
      fix: 'Use AverageValue (pods = ⌈value / target⌉) or Value.',
      source: 'kedacore/keda:apis/keda/v1alpha1/scaledobject_webhook.go',
    });
  } else if (present(metricType) && metricType !== 'AverageValue' && metricType !== 'Value') {
    out.push({
      ruleId: 'scaling/metric-type-unknown',
      severity: 'warning',
      stage: 'scaling',
      path: [...advancedPath, 'metricType'],
      message: `metricType ${JSON.stringify(metricType)} is not AverageValue or Value; the operator sends AverageValue instead.`,
      fix: 'Use AverageValue or Value.',
      source: 'deliveryhero/asya:src/asya-operator/internal/controller/keda.go',
    });
  }
  return out;
}
