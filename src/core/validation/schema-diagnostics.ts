import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { valuesSchema } from '../schema/values-schema.ts';
import { valueAt } from './values-access.ts';

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `the string "${value}"`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${JSON.stringify(value) ?? ''}`;
}

function describeIssue(
  issue: z.core.$ZodIssue,
  value: unknown,
): { ruleId: string; message: string; fix: string } {
  const where = issue.path.length > 0 ? `\`${issue.path.join('.')}\`` : 'The values document';
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) {
        return {
          ruleId: 'schema/missing-value',
          message: `${where} is missing: Kubernetes rejects the object it belongs to without it.`,
          fix: `Add \`${String(issue.path.at(-1))}\` here.`,
        };
      }
      return {
        ruleId: 'schema/invalid-type',
        message: `${where} must be ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}, not ${shown(value)}: the API server or Kubernetes rejects the object it ends up in.`,
        fix:
          typeof value === 'boolean' || typeof value === 'number'
            ? 'Quote the value if you mean text (`"yes"`, `"10"`), or write it in the expected type.'
            : 'Write the value in the expected type, without quotes for numbers and booleans.',
      };
    case 'invalid_union':
      return {
        ruleId: 'schema/invalid-type',
        message: `${where} has the wrong type (${shown(value)}): the object it ends up in is rejected.`,
        fix: 'Write a string or a number here.',
      };
    case 'invalid_value':
      return {
        ruleId: 'schema/invalid-value',
        message: `${where} is ${shown(value)}, which Kubernetes does not accept here (allowed: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}).`,
        fix: `Use one of ${issue.values.map((v) => String(v)).join(', ')}, spelled exactly so.`,
      };
    case 'too_small':
    case 'too_big':
      return {
        ruleId: 'schema/out-of-range',
        message: `${where} is ${shown(value)}, out of range (${issue.message}); the object it ends up in is rejected.`,
        fix: 'Use a value within the allowed range.',
      };
    default:
      return {
        ruleId: 'schema/invalid',
        message: `${where}: ${issue.message}.`,
        fix: 'Check this value against the README.',
      };
  }
}

/** zod issues of the values schema as diagnostics (without ranges; the caller locates them). */
export function schemaDiagnostics(values: unknown): Diagnostic[] {
  const result = valuesSchema.safeParse(values);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.filter(
      (segment): segment is string | number => typeof segment !== 'symbol',
    );
    const { ruleId, message, fix } = describeIssue(issue, valueAt(values, path));
    return { ruleId, severity: 'error', stage: 'schema', message, fix, path };
  });
}
