import { binaryPrecedence, type ExprNode } from './keda-expr.ts';

/**
 * Writes an expr-lang tree as a mathjs expression with the same meaning (keda-hpa.md §4):
 * `**` → `^`, `&&`/`||`/`!` → `and`/`or`/`not`, `int`/`float` → `fix`/`number`, `..` → `:`,
 * aggregates over mixed arguments → `concat`, `count(arr, {…})` → `count(filter(arr, …))`, and
 * parentheses wherever mathjs would group differently (nested ternaries, `not`, chained comparisons).
 */
export function exprToMathjs(node: ExprNode, lambdaName = 'item'): string {
  return print(node, lambdaName);
}

const aggregates = new Set(['min', 'max', 'sum', 'mean', 'median']);
const emptyIsZero = new Set(['sum', 'mean', 'median']);
const comparisons = new Set(['==', '!=', '<', '>', '<=', '>=']);
const renamedFunctions: Readonly<Record<string, string>> = {
  int: 'fix',
  float: 'number',
  len: 'count',
};
const renamedOperators: Readonly<Record<string, string>> = {
  '**': '^',
  '&&': 'and',
  '||': 'or',
  '..': ':',
};

function strip(node: ExprNode): ExprNode {
  return node.kind === 'paren' ? strip(node.inner) : node;
}

function isList(node: ExprNode): boolean {
  const inner = strip(node);
  return (
    inner.kind === 'array' ||
    (inner.kind === 'binary' && inner.op === '..') ||
    (inner.kind === 'call' && ['filter', 'concat'].includes(inner.name))
  );
}

function wrapIf(condition: boolean, text: string): string {
  return condition ? `(${text})` : text;
}

function printChild(
  child: ExprNode,
  parentOp: string,
  side: 'left' | 'right',
  lambda: string,
): string {
  const inner = strip(child);
  const text = print(inner, lambda);
  if (
    inner.kind === 'conditional' ||
    (inner.kind === 'unary' && (inner.op === 'not' || inner.op === '!'))
  )
    return `(${text})`;
  if (inner.kind !== 'binary') return text;
  if (inner.op === '??' || parentOp === '??') return `(${text})`;
  if (comparisons.has(parentOp) && comparisons.has(inner.op)) return `(${text})`;
  const parent = binaryPrecedence[parentOp]?.precedence ?? 0;
  const own = binaryPrecedence[inner.op]?.precedence ?? 0;
  const right = binaryPrecedence[parentOp]?.right === true;
  return wrapIf(
    own < parent || (own === parent && (right ? side === 'left' : side === 'right')),
    text,
  );
}

function printCall(node: Extract<ExprNode, { kind: 'call' }>, lambda: string): string {
  const args = node.args.map((a) => strip(a));
  if (
    (node.name === 'count' || node.name === 'filter') &&
    args.length === 2 &&
    args[1]?.kind === 'predicate'
  ) {
    const list = print(args[0] as ExprNode, lambda);
    const predicate = print(args[1].body, lambda);
    const filtered = `filter(${list}, ${predicate})`;
    return node.name === 'count' ? `count(${filtered})` : filtered;
  }
  const name = renamedFunctions[node.name] ?? node.name;
  // expr's int("5") reads text; mathjs's fix needs the number first.
  if (node.name === 'int' && args.length === 1 && args[0]?.kind === 'string')
    return `fix(number(${print(args[0], lambda)}))`;
  // expr's sum/mean/median give 0 for empty lists where mathjs throws (keda-hpa.md §4).
  if (
    emptyIsZero.has(node.name) &&
    args.length > 0 &&
    args.every((a) => a.kind === 'array' && a.items.length === 0)
  )
    return '0';
  if (aggregates.has(node.name) && args.length > 1 && args.some(isList)) {
    const parts = args.map((a) => (isList(a) ? print(a, lambda) : `[${print(a, lambda)}]`));
    return `${name}(concat(${parts.join(', ')}))`;
  }
  return `${name}(${args.map((a) => print(a, lambda)).join(', ')})`;
}

function print(node: ExprNode, lambda: string): string {
  switch (node.kind) {
    case 'number':
      return node.text;
    case 'string':
      return JSON.stringify(node.value);
    case 'literal':
      return node.word === 'nil' ? 'null' : node.word;
    case 'name':
      return node.name;
    case 'pointer':
      return lambda;
    case 'paren':
      return print(node.inner, lambda);
    case 'array':
      return `[${node.items.map((i) => print(i, lambda)).join(', ')}]`;
    case 'predicate':
      return print(node.body, lambda);
    case 'call':
      return printCall(node, lambda);
    case 'unary': {
      const arg = strip(node.arg);
      const text = print(arg, lambda);
      const wrapped =
        arg.kind === 'binary' || arg.kind === 'conditional' || arg.kind === 'unary'
          ? `(${text})`
          : text;
      return node.op === 'not' || node.op === '!' ? `not ${wrapped}` : `${node.op}${wrapped}`;
    }
    case 'binary': {
      const op = renamedOperators[node.op] ?? node.op;
      const left = printChild(node.left, node.op, 'left', lambda);
      const right = printChild(node.right, node.op, 'right', lambda);
      // Go's % keeps the sign of the dividend; mathjs's mod is floored: spell out the truncated remainder.
      if (node.op === '%') return `(${left} - ${right} * fix(${left} / ${right}))`;
      return op === ':' ? `${left}:${right}` : `${left} ${op} ${right}`;
    }
    case 'conditional': {
      const part = (n: ExprNode) => {
        const inner = strip(n);
        return inner.kind === 'conditional' ? `(${print(inner, lambda)})` : print(inner, lambda);
      };
      return `${part(node.cond)} ? ${part(node.yes)} : ${part(node.no)}`;
    }
  }
}
