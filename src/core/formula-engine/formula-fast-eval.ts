import type { MathNode } from 'mathjs';

/** What a formula may produce before the result check: numbers, yes/no, nil. */
export type ScalarValue = number | boolean | null;

/** The mathjs functions the fast path calls, handed over by the engine (never the instance). */
export type ScalarFunctions = Readonly<Record<string, (...args: ScalarValue[]) => ScalarValue>>;

type Evaluator = (slots: readonly ScalarValue[]) => ScalarValue;

/** The functions (beside the operators) a formula may call and still take the fast path. */
export const fastFunctionNames = ['abs', 'ceil', 'floor', 'round', 'fix', 'number', 'min', 'max'];
const scalarFunctionNames = new Set(fastFunctionNames);

/** mathjs's relative and absolute tolerances (its `config`), read once by the engine. */
export interface Tolerance {
  relTol: number;
  absTol: number;
}

function nodeType(node: MathNode): string {
  return (node as { type: string }).type;
}

// Mirrors mathjs ConditionalNode.testCondition for what a formula can produce, including the
// complex number mathjs returns for a negative base with a fractional power.
function testCondition(value: ScalarValue): boolean {
  if (value === null) return false;
  if (typeof value === 'object') {
    const complex = value as { re?: number; im?: number };
    return Boolean(complex.re || complex.im);
  }
  return Boolean(value);
}

type Fn = (...args: ScalarValue[]) => ScalarValue;

/**
 * Native versions of mathjs's number functions. Each one handles the plain case itself and hands
 * anything unusual (non-numbers, values close to a rounding boundary, NaN) to the real mathjs
 * function, so the result is always the one mathjs would give. mathjs's `round` goes through
 * strings and its ceil/floor call round, which is far too slow for a million-point sweep.
 */
function nativeFunctions(
  fns: ScalarFunctions,
  tol: Tolerance,
): Readonly<Record<string, Fn | undefined>> {
  const nearlyEqual = (a: number, b: number): boolean =>
    a === b ||
    (Number.isFinite(a) &&
      Number.isFinite(b) &&
      Math.abs(a - b) <= Math.max(tol.relTol * Math.max(Math.abs(a), Math.abs(b)), tol.absTol));
  // A margin well above mathjs's tolerance: inside it, ask mathjs.
  const nearInteger = (x: number): boolean =>
    Math.abs(x - Math.round(x)) <= 1e-9 * Math.max(1, Math.abs(x));
  const delegate = (name: string): Fn => fns[name] as Fn;
  const rounding = (name: string, native: (x: number) => number): Fn => {
    const slow = delegate(name);
    return (x) =>
      typeof x === 'number' && Number.isFinite(x) && (Number.isInteger(x) || !nearInteger(x))
        ? native(x)
        : slow(x);
  };
  const round = delegate('round');
  const compare = (name: string, native: (x: number, y: number) => boolean): Fn => {
    const slow = delegate(name);
    return (x, y) =>
      typeof x === 'number' && typeof y === 'number' && !Number.isNaN(x) && !Number.isNaN(y)
        ? native(x, y)
        : slow(x, y);
  };
  const larger = (x: number, y: number) => x > y && !nearlyEqual(x, y);
  const smaller = (x: number, y: number) => x < y && !nearlyEqual(x, y);
  const pick = (name: string, better: (x: number, y: number) => boolean): Fn => {
    const slow = delegate(name);
    return (...args) => {
      let best: number | undefined;
      for (const arg of args) {
        if (typeof arg !== 'number' || Number.isNaN(arg)) return slow(...args);
        if (best === undefined || better(arg, best)) best = arg;
      }
      return best === undefined ? slow(...args) : best;
    };
  };
  const pow = delegate('pow');
  return {
    ceil: rounding('ceil', Math.ceil),
    floor: rounding('floor', Math.floor),
    fix: rounding('fix', Math.trunc),
    round: (x) => {
      // mathjs round goes through text, which turns -0 into 0.
      if (typeof x === 'number' && Number.isInteger(x)) return x === 0 ? 0 : x;
      // Small values and non-numbers go to mathjs: it never returns -0 from round.
      if (typeof x !== 'number' || !Number.isFinite(x) || Math.abs(x) < 1) return round(x);
      const fraction = Math.abs(x - Math.trunc(x));
      return Math.abs(fraction - 0.5) > 1e-9 * Math.max(1, Math.abs(x)) ? Math.round(x) : round(x);
    },
    abs: (x) => (typeof x === 'number' ? Math.abs(x) : delegate('abs')(x)),
    larger: compare('larger', larger),
    smaller: compare('smaller', smaller),
    largerEq: compare('largerEq', (x, y) => x > y || nearlyEqual(x, y)),
    smallerEq: compare('smallerEq', (x, y) => x < y || nearlyEqual(x, y)),
    equal: compare('equal', nearlyEqual),
    unequal: compare('unequal', (x, y) => !nearlyEqual(x, y)),
    max: pick('max', larger),
    min: pick('min', smaller),
    unaryMinus: (x) => (typeof x === 'number' ? -x : delegate('unaryMinus')(x)),
    unaryPlus: (x) => (typeof x === 'number' ? x : delegate('unaryPlus')(x)),
    not: (x) => (typeof x === 'number' || typeof x === 'boolean' ? !x : delegate('not')(x)),
    pow: (x, y) =>
      typeof x === 'number' &&
      typeof y === 'number' &&
      Number.isFinite(x) &&
      Number.isFinite(y) &&
      (x >= 0 || Number.isInteger(y))
        ? x ** y
        : pow(x, y),
  };
}

/**
 * Compiles an allowlisted, scalar-only tree into plain closures over variable slots. It calls the
 * same mathjs functions the mathjs evaluator would (comparisons keep mathjs's relative tolerance,
 * ceil/floor/round keep its rounding), and only does `+ - * /` directly when both sides are
 * numbers, where mathjs does the same IEEE operation. Returns undefined when the tree uses lists,
 * so the caller falls back to mathjs. A test checks both paths agree on random formulas.
 */
export function compileScalar(
  node: MathNode,
  slotOf: ReadonlyMap<string, number>,
  fns: ScalarFunctions,
  tol: Tolerance,
): Evaluator | undefined {
  const native = nativeFunctions(fns, tol);
  const merged: ScalarFunctions = {
    ...fns,
    ...Object.fromEntries(Object.entries(native).filter(([, f]) => f !== undefined)),
  } as ScalarFunctions;
  return compileNode(node, slotOf, merged);
}

function compileNode(
  node: MathNode,
  slotOf: ReadonlyMap<string, number>,
  fns: ScalarFunctions,
): Evaluator | undefined {
  const type = nodeType(node);
  if (type === 'ConstantNode') {
    const value = (node as unknown as { value: unknown }).value;
    return typeof value === 'number' ? () => value : undefined;
  }
  if (type === 'SymbolNode') {
    const slot = slotOf.get((node as unknown as { name: string }).name);
    return slot === undefined ? undefined : (slots) => slots[slot] as ScalarValue;
  }
  if (type === 'ParenthesisNode')
    return compileNode((node as unknown as { content: MathNode }).content, slotOf, fns);
  if (type === 'ConditionalNode') {
    const c = node as unknown as { condition: MathNode; trueExpr: MathNode; falseExpr: MathNode };
    const [cond, yes, no] = [c.condition, c.trueExpr, c.falseExpr].map((n) =>
      compileNode(n, slotOf, fns),
    );
    if (!cond || !yes || !no) return undefined;
    return (slots) => (testCondition(cond(slots)) ? yes(slots) : no(slots));
  }
  if (type === 'OperatorNode') return compileOperator(node, slotOf, fns);
  if (type === 'FunctionNode') {
    const call = node as unknown as { fn: { name: string }; args: MathNode[] };
    const name = call.fn.name;
    const fn = fns[name];
    if (!scalarFunctionNames.has(name) || !fn) return undefined;
    const args = call.args.map((arg) => compileNode(arg, slotOf, fns));
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

function compileOperator(
  node: MathNode,
  slotOf: ReadonlyMap<string, number>,
  fns: ScalarFunctions,
): Evaluator | undefined {
  const op = node as unknown as { fn: string; args: MathNode[] };
  const args = op.args.map((arg) => compileNode(arg, slotOf, fns));
  if (args.some((a) => a === undefined)) return undefined;
  const fn = fns[op.fn];
  if (!fn) return undefined;
  if (args.length === 1) {
    const a = args[0] as Evaluator;
    return (slots) => fn(a(slots));
  }
  const [a, b] = args as [Evaluator, Evaluator];
  const numeric =
    (direct: (x: number, y: number) => number): Evaluator =>
    (slots) => {
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
