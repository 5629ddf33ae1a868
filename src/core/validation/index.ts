export { validateValues, runRule } from './validate-values.ts';
export type { ValidateOptions } from './validate-values.ts';
export { rules } from './rules.ts';
export type { Rule, RuleContext, RuleFinding } from './rule.ts';
export { parseQuantity } from './quantity.ts';
