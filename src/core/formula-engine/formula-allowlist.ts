import type { MathNode } from 'mathjs';
import type { FormulaToken } from './formula-tokens.ts';

/** A refusal with the place in the text it is about (0-based offset, when it can be located). */
export interface FormulaRefusal {
  ok: false;
  message: string;
  offset?: number;
  length?: number;
}

/** How one allowed function may be called. `aggregate` functions accept lists. */
interface FunctionRule {
  minArgs: number;
  maxArgs: number;
  aggregate: boolean;
}

/**
 * The functions KEDA's expr language also has (keda-hpa.md §4), under their mathjs names:
 * `fix` is expr's `int`, `number` is expr's `float`; `concat` and `filter` exist so that the
 * expr aggregates over mixed arguments and `count(arr, {…})` have a mathjs spelling.
 */
const allowedFunctions: Readonly<Record<string, FunctionRule>> = {
  abs: { minArgs: 1, maxArgs: 1, aggregate: false },
  ceil: { minArgs: 1, maxArgs: 1, aggregate: false },
  floor: { minArgs: 1, maxArgs: 1, aggregate: false },
  round: { minArgs: 1, maxArgs: 1, aggregate: false },
  fix: { minArgs: 1, maxArgs: 1, aggregate: false },
  number: { minArgs: 1, maxArgs: 1, aggregate: false },
  min: { minArgs: 1, maxArgs: 64, aggregate: true },
  max: { minArgs: 1, maxArgs: 64, aggregate: true },
  sum: { minArgs: 1, maxArgs: 64, aggregate: true },
  mean: { minArgs: 1, maxArgs: 64, aggregate: true },
  median: { minArgs: 1, maxArgs: 64, aggregate: true },
  count: { minArgs: 1, maxArgs: 1, aggregate: true },
  concat: { minArgs: 1, maxArgs: 64, aggregate: true },
  filter: { minArgs: 2, maxArgs: 2, aggregate: true },
};

export const allowedFunctionNames = Object.keys(allowedFunctions);

/** mathjs operator function names the formula may use. */
const allowedOperators = new Set([
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
  'nullish',
]);

/** Largest list a constant range (`1:9`) may produce; bigger ones could exhaust memory. */
const maxRangeLength = 10_000;

interface CheckContext {
  variables: ReadonlySet<string>;
  tokens: readonly FormulaToken[];
  /** True while checking a direct argument of a list-accepting function. */
  listAllowed: boolean;
  /** True while checking an element of a list or a range bound. */
  insideList: boolean;
  /** Names the math namespace defines (constants such as `pi`), which a lambda variable must avoid. */
  isMathName(name: string): boolean;
  /** Allow true, false and null constants (expr builtins in the conformance vectors; never formulas). */
  literals: boolean;
}

function at(
  tokens: readonly FormulaToken[],
  match: (token: FormulaToken, index: number) => boolean,
): { offset?: number; length?: number } {
  const token = tokens.find(match);
  return token ? { offset: token.offset, length: token.text.length } : {};
}

function refuse(message: string, place: { offset?: number; length?: number }): FormulaRefusal {
  return { ok: false, message, ...place };
}

const operatorSymbols: Record<string, string> = {
  factorial: '!',
  transpose: "'",
  bitAnd: '&',
  bitOr: '|',
  bitXor: '^|',
  bitNot: '~',
  leftShift: '<<',
  rightArithShift: '>>',
  rightLogShift: '>>>',
  to: 'to',
  xor: 'xor',
  dotMultiply: '.*',
  dotDivide: './',
  dotPow: '.^',
};

function nodeType(node: MathNode): string {
  return (node as { type: string }).type;
}

function unwrap(node: MathNode): MathNode {
  let current = node;
  while (nodeType(current) === 'ParenthesisNode')
    current = (current as unknown as { content: MathNode }).content;
  return current;
}

function isConstantNumber(node: MathNode): boolean {
  const inner = unwrap(node);
  if (nodeType(inner) === 'ConstantNode')
    return typeof (inner as unknown as { value: unknown }).value === 'number';
  if (nodeType(inner) === 'OperatorNode') {
    const op = inner as unknown as { fn: string; args: MathNode[] };
    return (
      (op.fn === 'unaryMinus' || op.fn === 'unaryPlus') &&
      op.args.length === 1 &&
      isConstantNumber(op.args[0] as MathNode)
    );
  }
  return false;
}

function constantValue(node: MathNode): number {
  const inner = unwrap(node);
  if (nodeType(inner) === 'ConstantNode') return (inner as unknown as { value: number }).value;
  const op = inner as unknown as { fn: string; args: MathNode[] };
  const value = constantValue(op.args[0] as MathNode);
  return op.fn === 'unaryMinus' ? -value : value;
}

/**
 * Walks the parsed tree and refuses every node outside the allowlist. Returns null when the
 * whole tree is allowed. The tree carries no positions, so a refusal points at the first token
 * in the text that matches the refused part.
 */
export function checkFormulaTree(
  node: MathNode,
  ctx: CheckContext,
  depth = 0,
): FormulaRefusal | null {
  const tokens = ctx.tokens;
  if (depth > 64) return refuse('the formula is nested too deeply (more than 64 levels)', {});
  const type = nodeType(node);
  const child = (next: MathNode, overrides: Partial<CheckContext> = {}) =>
    checkFormulaTree(next, { ...ctx, listAllowed: false, ...overrides }, depth + 1);

  switch (type) {
    case 'ConstantNode': {
      const value = (node as unknown as { value: unknown }).value;
      if (typeof value === 'number') return null;
      if (ctx.literals && (typeof value === 'boolean' || value === null)) return null;
      if (typeof value === 'string') {
        return refuse(
          'text values ("…") are not allowed in a formula; only numbers',
          at(tokens, (t) => t.kind === 'string'),
        );
      }
      const word = String(value);
      return refuse(
        `\`${word}\` is not allowed in a formula; only numbers (KEDA needs a number, not true/false/null)`,
        at(tokens, (t) => t.text === word),
      );
    }
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      if (ctx.variables.has(name)) return null;
      const known = [...ctx.variables].map((v) => `\`${v}\``).join(', ') || 'none';
      const what = allowedFunctionNames.includes(name)
        ? `\`${name}\` is a function: call it as ${name}(…)`
        : `unknown name \`${name}\``;
      return refuse(
        `${what}; the variables a formula may use are: ${known}`,
        at(tokens, (t) => t.kind === 'identifier' && t.text === name),
      );
    }
    case 'ParenthesisNode':
      return child((node as unknown as { content: MathNode }).content, {
        listAllowed: ctx.listAllowed,
        insideList: ctx.insideList,
      });
    case 'ConditionalNode': {
      const cond = node as unknown as {
        condition: MathNode;
        trueExpr: MathNode;
        falseExpr: MathNode;
      };
      return child(cond.condition) ?? child(cond.trueExpr) ?? child(cond.falseExpr);
    }
    case 'OperatorNode':
      return checkOperator(node, ctx, depth);
    case 'FunctionNode':
      return checkFunction(node, ctx, depth);
    case 'ArrayNode': {
      if (!ctx.listAllowed) {
        return refuse(
          'lists ([…]) are only allowed as arguments of min, max, sum, mean, median, count, concat and filter',
          at(tokens, (t) => t.text === '['),
        );
      }
      const items = (node as unknown as { items: MathNode[] }).items;
      for (const item of items) {
        if (nodeType(unwrap(item)) === 'ArrayNode')
          return refuse(
            'nested lists are not allowed',
            at(tokens, (t) => t.text === '['),
          );
        const problem = child(item, { insideList: true });
        if (problem) return problem;
      }
      return null;
    }
    case 'RangeNode': {
      const range = node as unknown as { start: MathNode; end: MathNode; step: MathNode | null };
      const place = at(tokens, (t) => t.text === ':' || t.text === '..');
      if (!ctx.listAllowed)
        return refuse(
          'ranges (a:b) are only allowed as arguments of min, max, sum, mean, median, count and concat',
          place,
        );
      const bounds = [range.start, range.end, ...(range.step ? [range.step] : [])];
      if (!bounds.every(isConstantNumber))
        return refuse('a range must have plain numbers as its bounds', place);
      const [start, end] = [constantValue(range.start), constantValue(range.end)];
      const step = range.step ? constantValue(range.step) : 1;
      const length = step === 0 ? Infinity : Math.floor((end - start) / step) + 1;
      if (!Number.isFinite(length) || length > maxRangeLength)
        return refuse(`a range may hold at most ${maxRangeLength} numbers`, place);
      return null;
    }
    case 'AssignmentNode':
      return refuse(
        'assignments (`=`) are not allowed: a formula is one expression',
        at(tokens, (t) => t.text === '='),
      );
    case 'FunctionAssignmentNode':
      return refuse(
        'defining functions is not allowed in a formula',
        at(tokens, (t) => t.text === '='),
      );
    case 'AccessorNode':
    case 'IndexNode':
      return refuse(
        'property access and indexing (`.name`, `[…]` after a value) are not allowed',
        at(tokens, (t, i) => {
          const before = tokens[i - 1];
          return (
            (t.text === '.' || t.text === '[') &&
            before !== undefined &&
            (before.kind === 'identifier' ||
              before.kind === 'number' ||
              before.text === ')' ||
              before.text === ']')
          );
        }),
      );
    case 'ObjectNode':
      return refuse(
        'objects ({…}) are not allowed in a formula',
        at(tokens, (t) => t.text === '{'),
      );
    case 'BlockNode':
      return refuse(
        'a formula is one expression: `;` and line breaks between expressions are not allowed',
        at(tokens, (t) => t.text === ';'),
      );
    default:
      return refuse(`this construct (${type}) is not allowed in a formula`, {});
  }
}

function checkOperator(node: MathNode, ctx: CheckContext, depth: number): FormulaRefusal | null {
  const op = node as unknown as { fn: string; op: string; args: MathNode[]; implicit?: boolean };
  if (!allowedOperators.has(op.fn)) {
    const symbol = operatorSymbols[op.fn] ?? op.op;
    const hint =
      op.fn === 'factorial' ? ' (in mathjs `!` is factorial; write `not` for negation)' : '';
    return refuse(
      `the operator \`${symbol}\` is not allowed in a formula${hint}`,
      at(ctx.tokens, (t) => t.text === symbol || t.text === op.op),
    );
  }
  if (op.implicit) {
    const second = unwrap(op.args[1] as MathNode);
    const name =
      nodeType(second) === 'SymbolNode' ? (second as unknown as { name: string }).name : undefined;
    return refuse(
      'write `*` between the two values: implicit multiplication is mathjs-only and KEDA cannot parse it',
      name ? at(ctx.tokens, (t) => t.kind === 'identifier' && t.text === name) : {},
    );
  }
  for (const arg of op.args) {
    const problem = checkFormulaTree(arg, { ...ctx, listAllowed: false }, depth + 1);
    if (problem) return problem;
  }
  return null;
}

function checkFunction(node: MathNode, ctx: CheckContext, depth: number): FormulaRefusal | null {
  const call = node as unknown as { fn: MathNode; args: MathNode[] };
  const tokens = ctx.tokens;
  if (nodeType(call.fn) !== 'SymbolNode') {
    return refuse(
      'only plain function calls such as ceil(x) are allowed',
      at(tokens, (t) => t.text === '.' || t.text === '('),
    );
  }
  const name = (call.fn as unknown as { name: string }).name;
  const place = at(tokens, (t) => t.kind === 'identifier' && t.text === name);
  const rule = allowedFunctions[name];
  if (!rule || ctx.variables.has(name)) {
    return refuse(
      `the function \`${name}\` is not allowed; a formula may call ${allowedFunctionNames.join(', ')}`,
      place,
    );
  }
  if (call.args.length < rule.minArgs || call.args.length > rule.maxArgs) {
    const arity =
      rule.minArgs === rule.maxArgs ? `${rule.minArgs}` : `${rule.minArgs} to ${rule.maxArgs}`;
    return refuse(
      `${name} takes ${arity} argument${rule.maxArgs === 1 ? '' : 's'} here, not ${call.args.length}`,
      place,
    );
  }
  const listArgs = call.args.filter(
    (arg) => ['ArrayNode', 'RangeNode'].includes(nodeType(unwrap(arg))) || isListCall(arg),
  );
  if ((name === 'min' || name === 'max') && listArgs.length > 0 && call.args.length > 1) {
    return refuse(
      `in mathjs ${name}(list, n) treats n as a dimension, unlike KEDA; write ${name}(concat(list, [n]))`,
      place,
    );
  }
  if (name === 'number') {
    const arg = unwrap(call.args[0] as MathNode);
    const value = (arg as unknown as { value: unknown }).value;
    // expr's float("5.5") reads text; allow exactly a quoted number, nothing else textual.
    if (nodeType(arg) === 'ConstantNode' && typeof value === 'string') {
      return /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)
        ? null
        : refuse(
            'number(…) accepts only a quoted plain number',
            at(tokens, (t) => t.kind === 'string'),
          );
    }
  }
  if (name === 'filter') return checkFilter(call.args, ctx, depth);
  for (const arg of call.args) {
    const problem = checkFormulaTree(
      arg,
      { ...ctx, listAllowed: rule.aggregate, insideList: false },
      depth + 1,
    );
    if (problem) return problem;
  }
  return null;
}

function isListCall(node: MathNode): boolean {
  const inner = unwrap(node);
  if (nodeType(inner) !== 'FunctionNode') return false;
  const fn = (inner as unknown as { fn: MathNode }).fn;
  return (
    nodeType(fn) === 'SymbolNode' &&
    ['concat', 'filter'].includes((fn as unknown as { name: string }).name)
  );
}

/** `filter(list, x > 1)`: mathjs binds the first name that is neither a variable nor a math name. */
function checkFilter(args: MathNode[], ctx: CheckContext, depth: number): FormulaRefusal | null {
  const [list, predicate] = args as [MathNode, MathNode];
  const listProblem = checkFormulaTree(
    list,
    { ...ctx, listAllowed: true, insideList: false },
    depth + 1,
  );
  if (listProblem) return listProblem;
  const symbols = predicate
    .filter((n) => nodeType(n) === 'SymbolNode')
    .map((n) => (n as unknown as { name: string }).name);
  const lambda = symbols.find(
    (name) => !ctx.variables.has(name) && !allowedFunctionNames.includes(name),
  );
  if (lambda === undefined)
    return refuse('filter(list, x > 1) needs a condition on a new name such as x', {});
  if (ctx.isMathName(lambda)) {
    return refuse(
      `\`${lambda}\` is a mathjs name; pick another name for the list element`,
      at(ctx.tokens, (t) => t.text === lambda),
    );
  }
  const variables = new Set([...ctx.variables, lambda]);
  return checkFormulaTree(
    predicate,
    { ...ctx, variables, listAllowed: false, insideList: false },
    depth + 1,
  );
}
