import { tokenizeFormula, type FormulaToken } from '@/core/formula-engine/formula-tokens.ts';

/**
 * A parser for the part of expr-lang (the language KEDA evaluates formulas in) that a scaling
 * formula can use, following expr-lang/expr:parser/parser.go and parser/operator/operator.go:
 * Pratt parsing with expr's precedences, unary operators parsed at their own precedence, and
 * the ternary handled at precedence 0 (so `a ? b ? 5 : 10 : 0` nests in the true branch).
 */
export type ExprNode =
  | { kind: 'number'; text: string; offset: number; end: number }
  | { kind: 'string'; value: string; offset: number; end: number }
  | { kind: 'literal'; word: 'true' | 'false' | 'nil'; offset: number; end: number }
  | { kind: 'name'; name: string; offset: number; end: number }
  | { kind: 'pointer'; offset: number; end: number }
  | { kind: 'unary'; op: string; arg: ExprNode; offset: number; end: number }
  | {
      kind: 'binary';
      op: string;
      left: ExprNode;
      right: ExprNode;
      opOffset: number;
      offset: number;
      end: number;
    }
  | {
      kind: 'conditional';
      cond: ExprNode;
      yes: ExprNode;
      no: ExprNode;
      offset: number;
      end: number;
    }
  | { kind: 'call'; name: string; args: ExprNode[]; offset: number; end: number }
  | { kind: 'array'; items: ExprNode[]; offset: number; end: number }
  | { kind: 'predicate'; body: ExprNode; offset: number; end: number }
  | { kind: 'paren'; inner: ExprNode; offset: number; end: number };

export type ExprParse =
  { ok: true; node: ExprNode } | { ok: false; message: string; offset: number };

export const binaryPrecedence: Readonly<Record<string, { precedence: number; right?: boolean }>> = {
  or: { precedence: 10 },
  '||': { precedence: 10 },
  and: { precedence: 15 },
  '&&': { precedence: 15 },
  '==': { precedence: 20 },
  '!=': { precedence: 20 },
  '<': { precedence: 20 },
  '>': { precedence: 20 },
  '<=': { precedence: 20 },
  '>=': { precedence: 20 },
  in: { precedence: 20 },
  '..': { precedence: 25 },
  '+': { precedence: 30 },
  '-': { precedence: 30 },
  '*': { precedence: 60 },
  '/': { precedence: 60 },
  '%': { precedence: 60 },
  '**': { precedence: 100, right: true },
  '^': { precedence: 100, right: true },
  '??': { precedence: 500 },
};

const unaryPrecedence: Readonly<Record<string, number>> = { not: 50, '!': 50, '-': 90, '+': 90 };

class ExprParseError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Parses an expr-lang formula; never throws. */
export function parseExpr(text: string): ExprParse {
  const tokens = tokenizeFormula(text);
  let index = 0;
  const peek = (): FormulaToken | undefined => tokens[index];
  const endOf = (token: FormulaToken) => token.offset + token.text.length;
  const fail = (message: string, token = peek()): never => {
    throw new ExprParseError(message, token ? token.offset : text.length);
  };
  const expect = (value: string): FormulaToken => {
    const token = peek();
    if (!token || token.text !== value) return fail(`expected \`${value}\``);
    index += 1;
    return token;
  };
  const isOperator = (token: FormulaToken | undefined): token is FormulaToken =>
    token !== undefined &&
    (token.kind === 'operator' ||
      (token.kind === 'identifier' && ['and', 'or', 'not', 'in'].includes(token.text)));

  const parseList = (close: string): ExprNode[] => {
    const items: ExprNode[] = [];
    while (peek() && peek()?.text !== close) {
      items.push(parseExpression(0));
      if (peek()?.text === ',') index += 1;
      else break;
    }
    return items;
  };

  function parsePrimary(): ExprNode {
    const token = peek();
    if (!token) return fail('the formula ends too early');
    if (isOperator(token) && token.text in unaryPrecedence) {
      index += 1;
      const arg = parseExpression(unaryPrecedence[token.text] as number);
      return { kind: 'unary', op: token.text, arg, offset: token.offset, end: arg.end };
    }
    index += 1;
    if (token.text === '(') {
      const inner = parseExpression(0);
      const close = expect(')');
      return { kind: 'paren', inner, offset: token.offset, end: endOf(close) };
    }
    if (token.text === '[') {
      const items = parseList(']');
      const close = expect(']');
      return { kind: 'array', items, offset: token.offset, end: endOf(close) };
    }
    if (token.text === '{') {
      const body = parseExpression(0);
      const close = expect('}');
      return { kind: 'predicate', body, offset: token.offset, end: endOf(close) };
    }
    if (token.text === '#') return { kind: 'pointer', offset: token.offset, end: endOf(token) };
    if (token.kind === 'number')
      return { kind: 'number', text: token.text, offset: token.offset, end: endOf(token) };
    if (token.kind === 'string') {
      const value = token.text.slice(1, -1).replace(/\\(.)/g, '$1');
      return { kind: 'string', value, offset: token.offset, end: endOf(token) };
    }
    if (token.kind === 'identifier') {
      if (token.text === 'true' || token.text === 'false' || token.text === 'nil') {
        return { kind: 'literal', word: token.text, offset: token.offset, end: endOf(token) };
      }
      if (peek()?.text === '(') {
        index += 1;
        const args = parseList(')');
        const close = expect(')');
        return { kind: 'call', name: token.text, args, offset: token.offset, end: endOf(close) };
      }
      return { kind: 'name', name: token.text, offset: token.offset, end: endOf(token) };
    }
    return fail(`unexpected \`${token.text}\``, token);
  }

  function parseExpression(precedence: number): ExprNode {
    let left = parsePrimary();
    for (let token = peek(); isOperator(token); token = peek()) {
      const op = binaryPrecedence[token.text];
      if (!op || op.precedence < precedence) break;
      index += 1;
      const right = parseExpression(op.right ? op.precedence : op.precedence + 1);
      left = {
        kind: 'binary',
        op: token.text,
        left,
        right,
        opOffset: token.offset,
        offset: left.offset,
        end: right.end,
      };
    }
    if (precedence === 0) {
      while (peek()?.text === '?') {
        index += 1;
        const yes = parseExpression(0);
        expect(':');
        const no = parseExpression(0);
        left = { kind: 'conditional', cond: left, yes, no, offset: left.offset, end: no.end };
      }
    }
    return left;
  }

  try {
    if (tokens.length === 0) return { ok: false, message: 'the formula is empty', offset: 0 };
    const node = parseExpression(0);
    const rest = peek();
    if (rest) return { ok: false, message: `unexpected \`${rest.text}\``, offset: rest.offset };
    return { ok: true, node };
  } catch (error) {
    if (error instanceof ExprParseError)
      return { ok: false, message: error.message, offset: error.offset };
    // Deep nesting can exhaust the stack; the caller caps length and depth first.
    return { ok: false, message: 'the formula is too deeply nested to read', offset: 0 };
  }
}

/** Visits every node, parents first. */
export function walkExpr(
  node: ExprNode,
  visit: (node: ExprNode, parent: ExprNode | null) => void,
  parent: ExprNode | null = null,
): void {
  visit(node, parent);
  const children: ExprNode[] =
    node.kind === 'unary'
      ? [node.arg]
      : node.kind === 'binary'
        ? [node.left, node.right]
        : node.kind === 'conditional'
          ? [node.cond, node.yes, node.no]
          : node.kind === 'call'
            ? node.args
            : node.kind === 'array'
              ? node.items
              : node.kind === 'predicate'
                ? [node.body]
                : node.kind === 'paren'
                  ? [node.inner]
                  : [];
  for (const child of children) walkExpr(child, visit, node);
}
