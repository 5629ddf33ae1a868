import { walkExpr, type ExprNode } from './keda-expr.ts';

/** The static types expr-lang's checker gives (expr-lang/expr:checker/checker.go), reduced. */
export type ExprType =
  'int' | 'float' | 'bool' | 'string' | 'nil' | 'array' | 'predicate' | 'unknown';

export interface ExprTypeError {
  message: string;
  offset: number;
  length: number;
}

const goName: Record<ExprType, string> = {
  int: 'int',
  float: 'float64',
  bool: 'bool',
  string: 'string',
  nil: 'nil',
  array: '[]interface {}',
  predicate: 'func',
  unknown: 'interface {}',
};

/** expr builtins a scaling formula may call, with their result type. */
const builtinResult: Readonly<Record<string, (args: ExprType[]) => ExprType>> = {
  abs: (a) => (a[0] === 'int' ? 'int' : 'float'),
  ceil: () => 'float',
  floor: () => 'float',
  round: () => 'float',
  int: () => 'int',
  float: () => 'float',
  min: () => 'float',
  max: () => 'float',
  sum: () => 'float',
  mean: () => 'float',
  median: () => 'float',
  count: () => 'int',
  len: () => 'int',
  filter: () => 'array',
};

const numeric = (t: ExprType) => t === 'int' || t === 'float' || t === 'unknown';
const boolish = (t: ExprType) => t === 'bool' || t === 'unknown';

/**
 * Checks an expr tree the way KEDA compiles a formula: variables are the named triggers
 * (floats), any other name is unknown, `%` needs integers, conditions and logic need booleans.
 * The formula's own result type is returned so callers can refuse a yes/no result.
 */
export function checkExprTypes(
  root: ExprNode,
  variables: ReadonlySet<string>,
): { type: ExprType; errors: ExprTypeError[] } {
  const errors: ExprTypeError[] = [];
  const report = (message: string, node: { offset: number; end: number }) =>
    errors.push({ message, offset: node.offset, length: node.end - node.offset });

  function infer(node: ExprNode): ExprType {
    switch (node.kind) {
      case 'number':
        return /[.eE]/.test(node.text) ? 'float' : 'int';
      case 'string':
        return 'string';
      case 'literal':
        return node.word === 'nil' ? 'nil' : 'bool';
      case 'name':
        if (variables.has(node.name)) return 'float';
        report(`unknown name ${node.name}`, node);
        return 'unknown';
      case 'pointer':
        return 'unknown';
      case 'paren':
        return infer(node.inner);
      case 'array':
        node.items.forEach(infer);
        return 'array';
      case 'predicate':
        infer(node.body);
        return 'predicate';
      case 'call': {
        const args = node.args.map(infer);
        const result = builtinResult[node.name];
        if (!result) {
          report(`unknown name ${node.name}`, node);
          return 'unknown';
        }
        return result(args);
      }
      case 'unary': {
        const arg = infer(node.arg);
        if (node.op === 'not' || node.op === '!') {
          if (!boolish(arg))
            report(`invalid operation: ${node.op} (mismatched type ${goName[arg]})`, node);
          return 'bool';
        }
        if (!numeric(arg))
          report(`invalid operation: ${node.op} (mismatched type ${goName[arg]})`, node);
        return arg;
      }
      case 'binary':
        return inferBinary(node);
      case 'conditional': {
        const cond = infer(node.cond);
        if (!boolish(cond))
          report(`non-bool expression (type ${goName[cond]}) used as condition`, node.cond);
        const [yes, no] = [infer(node.yes), infer(node.no)];
        if (yes === no) return yes;
        return numeric(yes) && numeric(no) ? 'float' : 'unknown';
      }
    }
  }

  function inferBinary(node: Extract<ExprNode, { kind: 'binary' }>): ExprType {
    const [l, r] = [infer(node.left), infer(node.right)];
    const mismatch = () =>
      report(
        `invalid operation: ${node.op} (mismatched types ${goName[l]} and ${goName[r]})`,
        node,
      );
    switch (node.op) {
      case '+':
        if (l === 'string' && r === 'string') return 'string';
        if (!numeric(l) || !numeric(r)) mismatch();
        return l === 'int' && r === 'int' ? 'int' : 'float';
      case '-':
      case '*':
        if (!numeric(l) || !numeric(r)) mismatch();
        return l === 'int' && r === 'int' ? 'int' : 'float';
      case '/':
      case '**':
      case '^':
        if (!numeric(l) || !numeric(r)) mismatch();
        return 'float';
      case '%':
        if (!(l === 'int' || l === 'unknown') || !(r === 'int' || r === 'unknown')) mismatch();
        return 'int';
      case '==':
      case '!=':
        return 'bool';
      case '<':
      case '>':
      case '<=':
      case '>=':
        if (!((numeric(l) && numeric(r)) || (l === 'string' && r === 'string'))) mismatch();
        return 'bool';
      case 'and':
      case '&&':
      case 'or':
      case '||':
        if (!boolish(l) || !boolish(r)) mismatch();
        return 'bool';
      case '..':
        if (!(l === 'int' || l === 'unknown') || !(r === 'int' || r === 'unknown')) mismatch();
        return 'array';
      case '??':
        return l === 'nil' ? r : l === r ? l : 'unknown';
      default:
        report(`the operator ${node.op} is not supported in a scaling formula`, node);
        return 'unknown';
    }
  }

  const type = infer(root);
  return { type, errors };
}

/** Names the formula refers to, in order of first appearance (builtins and literals excluded). */
export function exprNames(root: ExprNode): string[] {
  const names: string[] = [];
  walkExpr(root, (node) => {
    if (node.kind === 'name' && !names.includes(node.name)) names.push(node.name);
  });
  return names;
}
