import { upstreamLink } from '@/core/diagnostics/upstream-source.ts';
import { compileFormula } from '@/core/formula-engine/formula-engine.ts';
import { parseExpr, walkExpr, type ExprNode } from './keda-expr.ts';
import { exprToMathjs } from './keda-expr-to-mathjs.ts';
import { checkExprTypes } from './keda-expr-types.ts';
import { tokenizeFormula } from '@/core/formula-engine/formula-tokens.ts';

/** One place where a formula means something else in KEDA (expr-lang) than in the studio (mathjs). */
export interface Finding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  fix: string;
  /** 0-based offset and length in the formula text. */
  offset: number;
  length: number;
  /** Text that replaces [offset, offset + length) to fix it, when there is a local fix. */
  replacement?: string;
}

/** The expr-lang parser KEDA v2.20 vendors (expr v1.17.8), which decides what a formula means. */
const source = upstreamLink('keda', 'vendor/github.com/expr-lang/expr/parser/parser.go');

/** Token-level differences: spellings one language has and the other lacks. */
function tokenFindings(text: string): Finding[] {
  const findings: Finding[] = [];
  const tokens = tokenizeFormula(text);
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const afterValue =
      previous !== undefined &&
      (previous.kind === 'identifier' ||
        previous.kind === 'number' ||
        previous.text === ')' ||
        previous.text === ']');
    const at = { offset: token.offset, length: token.text.length };
    if (token.text === '**')
      findings.push({
        ruleId: 'scaling/dialect-power',
        severity: 'error',
        message: '`**` is a power in KEDA but a syntax error in mathjs',
        fix: 'write `^`, which both understand',
        replacement: '^',
        ...at,
      });
    if (token.text === '&&')
      findings.push({
        ruleId: 'scaling/dialect-and',
        severity: 'error',
        message: '`&&` works in KEDA but is a syntax error in mathjs',
        fix: 'write `and`',
        replacement: 'and',
        ...at,
      });
    if (token.text === '||')
      findings.push({
        ruleId: 'scaling/dialect-or',
        severity: 'error',
        message: '`||` works in KEDA but is a syntax error in mathjs',
        fix: 'write `or`',
        replacement: 'or',
        ...at,
      });
    if (token.text === '!' && !afterValue)
      findings.push({
        ruleId: 'scaling/dialect-not',
        severity: 'error',
        message: 'prefix `!` is negation in KEDA but factorial (postfix) in mathjs',
        fix: 'write `not (…)`',
        replacement: 'not ',
        ...at,
      });
    if (token.text === '%')
      findings.push({
        ruleId: 'scaling/dialect-remainder',
        severity: 'error',
        message:
          '`%` needs integers in KEDA: with trigger values (floats) the formula does not compile; mathjs also rounds negative remainders differently',
        fix: 'avoid `%`; use floor/ceil arithmetic instead',
        ...at,
      });
    if (token.text === '..')
      findings.push({
        ruleId: 'scaling/dialect-range',
        severity: 'warning',
        message: 'ranges are `a..b` in KEDA and `a:b` in mathjs',
        fix: 'a queue formula rarely needs a range; remove it',
        ...at,
      });
    if (token.kind === 'identifier' && previous?.text !== '.' && tokens[index + 1]?.text === '(') {
      if (token.text === 'int')
        findings.push({
          ruleId: 'scaling/dialect-int',
          severity: 'error',
          message: '`int` exists only in KEDA (mathjs has no `int`)',
          fix: 'write `fix(…)` in the studio, or `floor(…)`/`ceil(…)` in both',
          replacement: 'floor',
          ...at,
        });
      if (token.text === 'float')
        findings.push({
          ruleId: 'scaling/dialect-float',
          severity: 'warning',
          message: '`float` exists only in KEDA; KEDA adds float(…) around the formula itself',
          fix: 'remove float(…)',
          ...at,
        });
    }
    if (token.kind === 'identifier' && (token.text === 'in' || token.text === 'let'))
      findings.push({
        ruleId: 'scaling/dialect-keyword',
        severity: 'error',
        message: `\`${token.text}\` means different things in KEDA and mathjs`,
        fix: 'write the formula as one plain expression',
        ...at,
      });
  });
  return findings;
}

const listAggregates = new Set(['min', 'max']);
const emptyAggregates = new Set(['sum', 'mean', 'median', 'min', 'max']);

/** Tree-level differences, read from the expr parse (how KEDA sees the formula). */
function treeFindings(root: ExprNode): Finding[] {
  const findings: Finding[] = [];
  walkExpr(root, (node, parent) => {
    const at = { offset: node.offset, length: node.end - node.offset };
    if (node.kind === 'conditional' && node.yes.kind === 'conditional') {
      findings.push({
        ruleId: 'scaling/dialect-nested-ternary',
        severity: 'error',
        message:
          'a ternary nested in the true branch without parentheses works in KEDA but is a syntax error in mathjs',
        fix: 'put the inner ternary in parentheses: a ? (b ? x : y) : z',
        offset: node.yes.offset,
        length: node.yes.end - node.yes.offset,
        replacement: `(${exprToMathjs(node.yes)})`,
      });
    }
    if (
      node.kind === 'unary' &&
      (node.op === 'not' || node.op === '!') &&
      parent?.kind === 'binary' &&
      ['<', '>', '<=', '>=', '==', '!='].includes(parent.op) &&
      parent.left === node
    ) {
      findings.push({
        ruleId: 'scaling/dialect-not-precedence',
        severity: 'error',
        message:
          '`not a > 1` means `(not a) > 1` in both languages: KEDA refuses it, mathjs silently compares true/false with a number',
        fix: 'write not (a > 1)',
        ...at,
      });
    }
    if (
      node.kind === 'binary' &&
      ['<', '>', '<=', '>='].includes(node.op) &&
      node.left.kind === 'binary' &&
      ['<', '>', '<=', '>='].includes(node.left.op)
    ) {
      findings.push({
        ruleId: 'scaling/dialect-chained-comparison',
        severity: 'error',
        message: '`a < b < c` is a chained comparison in mathjs but a type error in KEDA',
        fix: 'write a < b and b < c',
        ...at,
      });
    }
    if (
      node.kind === 'call' &&
      listAggregates.has(node.name) &&
      node.args.length > 1 &&
      node.args.some((a) => a.kind === 'array')
    ) {
      findings.push({
        ruleId: 'scaling/dialect-max-array',
        severity: 'error',
        message: `${node.name}(list, n) compares all values in KEDA; in mathjs n is a dimension`,
        fix: `write ${node.name}(concat(list, [n])) in the studio`,
        ...at,
        replacement: exprToMathjs(node),
      });
    }
    if (
      node.kind === 'call' &&
      emptyAggregates.has(node.name) &&
      node.args.some((a) => a.kind === 'array' && a.items.length === 0)
    ) {
      findings.push({
        ruleId: 'scaling/dialect-empty-aggregate',
        severity: 'warning',
        message: `${node.name}([]) is 0 in KEDA (for sum, mean, median) but an error in mathjs`,
        fix: 'do not aggregate an empty list',
        ...at,
      });
    }
    if (node.kind === 'call' && node.name === 'count' && node.args[1]?.kind === 'predicate') {
      findings.push({
        ruleId: 'scaling/dialect-count-predicate',
        severity: 'error',
        message: 'count(list, {# > 1}) uses an expr predicate that mathjs cannot read',
        fix: `write ${exprToMathjs(node)}`,
        ...at,
        replacement: exprToMathjs(node),
      });
    }
  });
  return findings;
}

/**
 * Where the formula would mean something different in KEDA than in the studio's mathjs, or
 * would not compile in one of them, each with a fix (keda-hpa.md §4 table). Type errors KEDA's
 * compiler raises for trigger variables are included; the unknown-name verdict is not (that is
 * an Asya problem, reported by `scalingVerdicts`).
 */
export function checkKedaDialect(
  text: string,
  variables: readonly string[] = ['queueLength'],
): Finding[] {
  const findings = tokenFindings(text);
  const parsed = parseExpr(text);
  if (!parsed.ok) {
    findings.push({
      ruleId: 'scaling/dialect-expr-syntax',
      severity: 'error',
      message: `KEDA cannot parse this formula: ${parsed.message}`,
      fix: 'check brackets and operators',
      offset: parsed.offset,
      length: 1,
    });
    return dedupe(findings);
  }
  findings.push(...treeFindings(parsed.node));
  const typed = checkExprTypes(parsed.node, new Set(variables));
  for (const error of typed.errors) {
    if (error.message.startsWith('unknown name')) continue;
    findings.push({
      ruleId: 'scaling/dialect-type',
      severity: 'error',
      message: `KEDA refuses this formula: ${error.message}`,
      fix: 'use numbers in arithmetic and yes/no values only in conditions and and/or/not',
      offset: error.offset,
      length: error.length,
    });
  }
  if (typed.type === 'bool') {
    findings.push({
      ruleId: 'scaling/dialect-boolean-result',
      severity: 'error',
      message:
        'the formula gives true/false; KEDA needs a number (float() of a bool does not compile)',
      fix: 'return numbers, e.g. cond ? 1 : 0',
      offset: 0,
      length: text.length,
    });
  }
  if (compileFormula(text, variables).ok === false && findings.length === 0) {
    const translated = exprToMathjs(parsed.node);
    findings.push({
      ruleId: 'scaling/dialect-mathjs',
      severity: 'warning',
      message: 'KEDA reads this formula, but the studio cannot evaluate it as written',
      fix: `the studio's spelling: ${translated}`,
      offset: 0,
      length: text.length,
    });
  }
  return dedupe(findings);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings
    .filter((f) => {
      const key = `${f.ruleId}@${f.offset}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.offset - b.offset);
}

export const kedaDialectSource = source;
