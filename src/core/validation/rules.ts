import { crdRules } from './crd-rules.ts';
import { operatorRules } from './operator-rules.ts';
import type { Rule } from './rule.ts';
import { valuesRules } from './values-rules.ts';

/** Every rule validation runs, in reporting order. Ids are stable: tests and links use them. */
export const rules: readonly Rule[] = [...operatorRules, ...crdRules, ...valuesRules];
