import type { ChartProfileId } from '../chart/chart-profile.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatValuesPath } from '../diagnostics/diagnostic.ts';
import { locateDiagnostics } from '../document/locate-diagnostics.ts';
import type { ParsedValues } from '../document/parse-values-text.ts';
import type { Rule, RuleContext } from './rule.ts';
import { rules } from './rules.ts';
import { schemaDiagnostics } from './schema-diagnostics.ts';

export interface ValidateOptions {
  /** The chart the values are rendered with; defaults to the README's `asya-test-actor`. */
  profile?: ChartProfileId;
}

/** Runs one rule; its findings as diagnostics of stage `rules`. */
export function runRule(rule: Rule, context: RuleContext): Diagnostic[] {
  return rule.check(context).map((finding) => ({
    ruleId: rule.id,
    severity: rule.severity,
    stage: 'rules',
    message: finding.message,
    fix: finding.fix,
    path: finding.path,
    ...(rule.source ? { source: rule.source } : {}),
  }));
}

/**
 * Schema errors and rule findings for the values, with ranges. YAML diagnostics stay in
 * `parsed.diagnostics`. Where a rule and the schema flag the same path (an enum, a minimum), the
 * rule's message wins: it says what breaks in the cluster.
 */
export function validateValues(parsed: ParsedValues, options: ValidateOptions = {}): Diagnostic[] {
  const context: RuleContext = {
    values: parsed.values,
    profile: options.profile ?? 'asya-test-actor',
  };
  const fromRules = rules.flatMap((rule) => runRule(rule, context));
  const ruled = new Set(fromRules.map((diagnostic) => formatValuesPath(diagnostic.path)));
  const fromSchema = schemaDiagnostics(parsed.values).filter(
    (diagnostic) => !ruled.has(formatValuesPath(diagnostic.path)),
  );
  return locateDiagnostics(parsed, [...fromSchema, ...fromRules]);
}
