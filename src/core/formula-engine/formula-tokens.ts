/** One lexical token of a formula, with its place in the text (0-based offset). */
export interface FormulaToken {
  kind: 'number' | 'identifier' | 'string' | 'operator' | 'bracket' | 'comma' | 'unknown';
  text: string;
  offset: number;
}

// Longest first, so `**` wins over `*` and `..` over `.`.
const multiCharOperators = [
  '>>>',
  '**',
  '&&',
  '||',
  '??',
  '==',
  '!=',
  '<=',
  '>=',
  '..',
  '.*',
  './',
  '.^',
  '<<',
  '>>',
];
const singleCharOperators = "+-*/%^<>=!?:.;&|~'#@$";

/**
 * Splits a formula into tokens. Both dialects (mathjs and expr-lang) share this lexical
 * surface closely enough that one lexer serves the dialect check and error locations.
 */
export function tokenizeFormula(text: string): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const rest = text.slice(i);
    const number = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    // `1..9` is a range in expr: the number must not swallow the first dot.
    if (number && !(number[0].endsWith('.') && rest[number[0].length] === '.')) {
      tokens.push({ kind: 'number', text: number[0], offset: i });
      i += number[0].length;
      continue;
    }
    if (number && number[0].endsWith('.')) {
      const whole = number[0].slice(0, -1);
      tokens.push({ kind: 'number', text: whole, offset: i });
      i += whole.length;
      continue;
    }
    const identifier = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (identifier) {
      tokens.push({ kind: 'identifier', text: identifier[0], offset: i });
      i += identifier[0].length;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') {
      let end = i + 1;
      while (end < text.length && text[end] !== ch) end += text[end] === '\\' ? 2 : 1;
      const close = Math.min(end + 1, text.length);
      // A lone `'` after a value is mathjs's transpose operator, not a string.
      const previous = tokens[tokens.length - 1];
      const afterValue =
        previous !== undefined &&
        (previous.kind === 'identifier' ||
          previous.kind === 'number' ||
          ')]'.includes(previous.text));
      if (ch === "'" && afterValue && end >= text.length) {
        tokens.push({ kind: 'operator', text: ch, offset: i });
        i += 1;
        continue;
      }
      tokens.push({ kind: 'string', text: text.slice(i, close), offset: i });
      i = close;
      continue;
    }
    if ('()[]{}'.includes(ch)) {
      tokens.push({ kind: 'bracket', text: ch, offset: i });
      i += 1;
      continue;
    }
    if (ch === ',') {
      tokens.push({ kind: 'comma', text: ch, offset: i });
      i += 1;
      continue;
    }
    const multi = multiCharOperators.find((op) => rest.startsWith(op));
    if (multi) {
      tokens.push({ kind: 'operator', text: multi, offset: i });
      i += multi.length;
      continue;
    }
    tokens.push({
      kind: singleCharOperators.includes(ch) ? 'operator' : 'unknown',
      text: ch,
      offset: i,
    });
    i += 1;
  }
  return tokens;
}

/**
 * Deepest nesting of (), [] and {} in the text, counted before any parser runs, and the offset
 * of the first bracket that goes deeper than `limit`.
 */
export function bracketDepth(text: string, limit: number): { depth: number; offset: number } {
  let depth = 0;
  let deepest = 0;
  let offset = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '(' || ch === '[' || ch === '{') {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (depth > limit && offset < 0) offset = i;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return { depth: deepest, offset };
}
