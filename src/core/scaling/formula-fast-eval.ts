import type { MathNode } from 'mathjs';

/** What a formula may produce before the result check: numbers, yes/no, nil. */
export type ScalarValue = number | boolean | null;

/** The mathjs functions the fast path calls, handed over by the engine (never the instance). */
export type ScalarFunctions = Readonly<Record<string, (...args: ScalarValue[]) => ScalarValue>>;

type Evaluator = (slots: readonly ScalarValue[]) => ScalarValue;

const scalarFunctionNames = new Set(['abs', 'ceil', 'floor', 'round', 'fix', 'number', 'min', 'max']);

function nodeType(node: MathNode): string {
  return (node as { type: string }).type;
}

// Mirrors mathjs ConditionalNode.testCondition for the scalar types a formula can produce.
function testCondition(value: ScalarValue): boolean {
  return value === null ? false : Boolean(value);
}

/**
 * Compiles an allowlisted, scalar-only tree into plain closures over variable slots. It calls the
 * same mathjs functions the mathjs evaluator would (comparisons keep mathjs's relative tolerance,
 * ceil/floor/round keep its rounding), and only does `+ - * /` directly when both sides are
 * numbers, where mathjs does the same IEEE operation. Returns undefined when the tree uses lists,
 * so the caller falls back to mathjs. A test checks both paths agree on random formulas.
 */
export function compileScalar(node: MathNode, slotOf: ReadonlyMap<string, number>, fns: ScalarFunctions): Evaluator | undefined {
  const type = nodeType(node);
  if (type === 'ConstantNode') {
    const value = (node as unknown as { value: unknown }).value;
    return typeof value === 'number' ? () => value : undefined;
  }
  if (type === 'SymbolNode') {
    const slot = slotOf.get((node as unknown as { name: string }).name);
    return slot === undefined ? undefined : (slots) => slots[slot] as ScalarValue;
  }
  if (type === 'ParenthesisNode') return compileScalar((node as unknown as { content: MathNode }).content, slotOf, fns);
  if (type === 'ConditionalNode') {
    const c = node as unknown as { condition: MathNode; trueExpr: MathNode; falseExpr: MathNode };
    const [cond, yes, no] = [c.condition, c.trueExpr, c.falseExpr].map((n) => compileScalar(n, slotOf, fns));
    if (!cond || !yes || !no) return undefined;
    return (slots) => (testCondition(cond(slots)) ? yes(slots) : no(slots));
  }
  if (type === 'OperatorNode') return compileOperator(node, slotOf, fns);
  if (type === 'FunctionNode') {
    const call = node as unknown as { fn: { name: string }; args: MathNode[] };
    const name = call.fn.name;
    const fn = fns[name];
    if (!scalarFunctionNames.has(name) || !fn) return undefined;
    const args = call.args.map((arg) => compileScalar(arg, slotOf, fns));
    if (args.some((a) => a === undefined)) return undefined;
    const compiled = args as Evaluator[];
    if (compiled.length === 1) {
      const only = compiled[0] as Evaluator;
      return (slots) => fn(only(slots));
    }
    return (slots) => fn(...compiled.map((a) => a(slots)));
  }
  return undefined;
}

function compileOperator(node: MathNode, slotOf: ReadonlyMap<string, number>, fns: ScalarFunctions): Evaluator | undefined {
  const op = node as unknown as { fn: string; args: MathNode[] };
  const args = op.args.map((arg) => compileScalar(arg, slotOf, fns));
  if (args.some((a) => a === undefined)) return undefined;
  const fn = fns[op.fn];
  if (!fn) return undefined;
  if (args.length === 1) {
    const a = args[0] as Evaluator;
    return (slots) => fn(a(slots));
  }
  const [a, b] = args as [Evaluator, Evaluator];
  const numeric = (direct: (x: number, y: number) => number): Evaluator => (slots) => {
    const x = a(slots);
    const y = b(slots);
    return typeof x === 'number' && typeof y === 'number' ? direct(x, y) : fn(x, y);
  };
  switch (op.fn) {
    case 'add':
      return numeric((x, y) => x + y);
    case 'subtract':
      return numeric((x, y) => x - y);
    case 'multiply':
      return numeric((x, y) => x * y);
    case 'divide':
      return numeric((x, y) => x / y);
    // mathjs evaluates `and`, `or` and `??` lazily: the right side is skipped when the left decides.
    case 'and':
      return (slots) => {
        const x = a(slots);
        return fn(x, true) === false ? false : fn(x, b(slots));
      };
    case 'or':
      return (slots) => {
        const x = a(slots);
        return fn(x, false) === true ? true : fn(x, b(slots));
      };
    case 'nullish':
      return (slots) => {
        const x = a(slots);
        return x !== null ? x : b(slots);
      };
    default:
      return (slots) => fn(a(slots), b(slots));
  }
}
