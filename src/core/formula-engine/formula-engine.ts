import { all, create, type MathNode } from 'mathjs';
import {
  checkFormulaTree,
  allowedFunctionNames,
  type FormulaRefusal,
} from './formula-allowlist.ts';
import {
  compileScalar,
  fastFunctionNames,
  type ScalarFunctions,
  type ScalarValue,
} from './formula-fast-eval.ts';
import { bracketDepth, tokenizeFormula } from './formula-tokens.ts';

/**
 * The one mathjs instance of the studio. It lives in this module only: nothing exports it, and
 * every formula is parsed with the private `parse` and checked against the allowlist before it
 * is compiled. Lists come out as plain arrays (`matrix: 'Array'`), so no Matrix object leaks.
 * It is created on the first formula, not on import: building every mathjs function takes about
 * 200 ms, which a CLI call on values without a formula should not pay.
 */
function createFormulaMath() {
  const math = create(all as NonNullable<typeof all>, { matrix: 'Array', number: 'number' });
  const currentConfig = math.config({});
  const tolerance = {
    relTol: currentConfig.relTol ?? 1e-12,
    absTol: currentConfig.absTol ?? 1e-15,
  };
  const parse = math.parse.bind(math);
  const isMathName = (name: string): boolean => name in math;

  // Defence in depth (mathjs docs/expressions/security.md): even if a tree slipped past the
  // allowlist, these functions could not re-enter the instance. `config` is not replaced: functions
  // mathjs creates later would read their tolerances from the replacement (a formula cannot
  // reach `config` anyway: the allowlist has no such function).
  const refused = (name: string) => () => {
    throw new Error(`${name} is disabled`);
  };
  math.import(
    Object.fromEntries(
      [
        'import',
        'createUnit',
        'reviver',
        'evaluate',
        'parse',
        'simplify',
        'derivative',
        'resolve',
        'compile',
        'parser',
      ].map((name) => [name, refused(name)]),
    ),
    { override: true },
  );

  const scalarFunctions: ScalarFunctions = Object.fromEntries(
    [
      ...fastFunctionNames,
      'add',
      'subtract',
      'multiply',
      'divide',
      'pow',
      'mod',
      'unaryMinus',
      'unaryPlus',
      'larger',
      'smaller',
      'largerEq',
      'smallerEq',
      'equal',
      'unequal',
      'and',
      'or',
      'not',
    ].map((name) => [
      name,
      (math as unknown as Record<string, (...args: ScalarValue[]) => ScalarValue>)[name],
    ]),
  ) as ScalarFunctions;
  return { tolerance, parse, isMathName, scalarFunctions };
}

let formulaMath: ReturnType<typeof createFormulaMath> | undefined;
const math = () => (formulaMath ??= createFormulaMath());

/** Limits that keep a hostile formula cheap to refuse. */
export const formulaLimits = { maxLength: 1000, maxBracketDepth: 16 } as const;

/** Any value a formula can produce (lists only inside aggregate calls, never as a result that passes). */
export type FormulaValue = ScalarValue | readonly FormulaValue[];

/** Values per variable: numbers, or null for a trigger that is in fallback (`??` routes around it). */
export type FormulaScope = Readonly<Record<string, number | null | undefined>>;

export interface CompiledExpression {
  ok: true;
  /** Raw result (yes/no values included), or an error as data. */
  evaluateRaw(scope: FormulaScope): FormulaValue | { error: string };
  /** Fast path for sweeps: values in the order of the declared variables; no object per call. */
  evaluateSlots(values: readonly (number | null)[]): FormulaValue | { error: string };
}

export interface CompiledFormula {
  ok: true;
  variables: readonly string[];
  /** A finite number, or an error explaining why the value cannot drive scaling. */
  evaluate(scope: FormulaScope): number | { error: string };
  /** Same, with the variables' values in declaration order (cheap in loops). */
  evaluateAt(values: readonly (number | null)[]): number | { error: string };
}

export type CompileResult = CompiledFormula | FormulaRefusal;

const identifierPattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

function preflight(text: string, variables: readonly string[]): FormulaRefusal | null {
  if (text.length > formulaLimits.maxLength) {
    return {
      ok: false,
      message: `the formula is ${text.length} characters long; the limit is ${formulaLimits.maxLength}`,
      offset: formulaLimits.maxLength,
      length: text.length - formulaLimits.maxLength,
    };
  }
  if (text.trim() === '')
    return { ok: false, message: 'the formula is empty', offset: 0, length: 0 };
  const nesting = bracketDepth(text, formulaLimits.maxBracketDepth);
  if (nesting.depth > formulaLimits.maxBracketDepth) {
    return {
      ok: false,
      message: `brackets are nested ${nesting.depth} levels deep; the limit is ${formulaLimits.maxBracketDepth}`,
      offset: nesting.offset,
      length: 1,
    };
  }
  for (const name of variables) {
    if (!identifierPattern.test(name) || allowedFunctionNames.includes(name)) {
      return { ok: false, message: `\`${name}\` cannot be a variable name` };
    }
  }
  const tokens = tokenizeFormula(text);
  const hints: Record<string, string> = {
    '**': 'mathjs has no `**`; write `^` for a power',
    '&&': 'write `and` instead of `&&`',
    '||': 'write `or` instead of `||`',
    '..': 'a range is written `a:b` in mathjs',
  };
  const foreign = tokens.find((t) => t.kind === 'operator' && t.text in hints);
  if (foreign)
    return {
      ok: false,
      message: hints[foreign.text] as string,
      offset: foreign.offset,
      length: foreign.text.length,
    };
  const strange = tokens.find((t) => t.kind === 'unknown');
  if (strange)
    return {
      ok: false,
      message: `the character \`${strange.text}\` is not allowed in a formula`,
      offset: strange.offset,
      length: 1,
    };
  return null;
}

function parseChecked(
  text: string,
  variables: readonly string[],
  literals: boolean,
): MathNode | FormulaRefusal {
  const early = preflight(text, variables);
  if (early) return early;
  let tree: MathNode;
  try {
    tree = math().parse(text);
  } catch (error) {
    const char = (error as { char?: unknown }).char;
    const message =
      error instanceof Error ? error.message.replace(/\s*\(char \d+\)$/, '') : String(error);
    return typeof char === 'number'
      ? { ok: false, message, offset: Math.max(0, char - 1), length: 1 }
      : { ok: false, message };
  }
  const refusal = checkFormulaTree(tree, {
    variables: new Set(variables),
    tokens: tokenizeFormula(text),
    listAllowed: false,
    insideList: false,
    isMathName: math().isMathName,
    literals,
  });
  return refusal ?? tree;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return 'no value (nil)';
  if (typeof value === 'object') return (value as { type?: string }).type ?? 'an object';
  return typeof value === 'string' ? `the text "${value}"` : `a ${typeof value}`;
}

/**
 * Parses, allowlists and compiles an expression once. Lists, `??` and yes/no results are kept,
 * which the conformance runner needs for expr builtins; scaling code uses `compileFormula`.
 */
export function compileExpression(
  text: string,
  variables: readonly string[],
  options: { literals?: boolean } = {},
): CompiledExpression | FormulaRefusal {
  const tree = parseChecked(text, variables, options.literals === true);
  if ('ok' in tree && tree.ok === false) return tree;
  const node = tree as MathNode;
  const slotOf = new Map(variables.map((name, index) => [name, index]));
  const fast = compileScalar(node, slotOf, math().scalarFunctions, math().tolerance);
  const slow = node.compile();
  const run = (values: readonly (number | null)[]): FormulaValue | { error: string } => {
    try {
      if (fast) return fast(values);
      const scope = new Map<string, number | null>();
      variables.forEach((name, index) => scope.set(name, values[index] ?? null));
      return slow.evaluate(scope) as FormulaValue;
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };
  return {
    ok: true,
    evaluateSlots: run,
    evaluateRaw(scope) {
      const values: (number | null)[] = [];
      for (const name of variables) {
        const value = scope[name];
        if (value === undefined) return { error: `no value given for \`${name}\`` };
        if (value !== null && typeof value !== 'number')
          return { error: `\`${name}\` must be a number` };
        values.push(value);
      }
      return run(values);
    },
  };
}

function asFiniteNumber(value: FormulaValue | { error: string }): number | { error: string } {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? value
      : { error: `the formula gives ${String(value)}, not a finite number (a division by zero?)` };
  }
  if (value !== null && typeof value === 'object' && 'error' in value) return value;
  if (typeof value === 'boolean')
    return { error: `the formula gives ${String(value)}; KEDA needs a number, not a yes/no value` };
  return { error: `the formula gives ${describe(value)}, not a number` };
}

/**
 * Compiles a scaling formula with the given variables. Everything outside the allowlist is
 * refused with a message and, where it can be found, the offset of the offending part.
 * `evaluate` returns a finite number or an error; it never throws.
 */
export function compileFormula(text: string, variables: readonly string[]): CompileResult {
  const compiled = compileExpression(text, variables);
  if (!compiled.ok) return compiled;
  return {
    ok: true,
    variables,
    evaluate: (scope) => asFiniteNumber(compiled.evaluateRaw(scope)),
    evaluateAt: (values) => asFiniteNumber(compiled.evaluateSlots(values)),
  };
}
