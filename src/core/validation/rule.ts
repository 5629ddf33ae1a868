import type { ChartProfileId } from '../chart/chart-profile.ts';
import type { Severity, ValuesPath } from '../diagnostics/diagnostic.ts';

/** What a rule sees: the values as Helm reads them, and the chart profile they are rendered with. */
export interface RuleContext {
  values: unknown;
  profile: ChartProfileId;
}

/** One place where a rule fails. */
export interface RuleFinding {
  path: ValuesPath;
  /** What breaks in the cluster, in plain words. */
  message: string;
  fix: string;
}

/** A check with a stable id; its findings become diagnostics of stage `rules`. */
export interface Rule {
  id: string;
  severity: Severity;
  /** One line on what the rule checks, for lists of rules. */
  summary: string;
  /** Where the fact comes from, when the rule models upstream code. */
  source?: string;
  check(context: RuleContext): RuleFinding[];
}
