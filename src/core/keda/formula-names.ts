/** expr-lang words that are operators or literals, not variables. */
const keywords = new Set([
  'true',
  'false',
  'nil',
  'and',
  'or',
  'not',
  'in',
  'matches',
  'contains',
  'startsWith',
  'endsWith',
  'let',
  'if',
  'else',
]);

/**
 * The variable names a KEDA formula refers to: identifiers that are not called as functions, not
 * keywords, not member names after `.`, and not inside string literals.
 */
export function formulaVariables(formula: string): string[] {
  const withoutStrings = formula.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""');
  const names = new Set<string>();
  for (const match of withoutStrings.matchAll(/[A-Za-z_$][A-Za-z0-9_$]*/g)) {
    const name = match[0];
    const start = match.index;
    const before = withoutStrings.slice(0, start).trimEnd();
    const after = withoutStrings.slice(start + name.length).trimStart();
    if (
      keywords.has(name) ||
      after.startsWith('(') ||
      before.endsWith('.') ||
      (/\d$/.test(before.slice(-1)) && /^[eE]$/.test(name))
    )
      continue;
    if (/[0-9.]$/.test(withoutStrings.slice(0, start))) continue;
    names.add(name);
  }
  return [...names];
}

/** The numbers a formula divides by (`x / 10`), for the double-division warning. */
export function formulaDivisors(formula: string): number[] {
  return [...formula.matchAll(/\/\s*(\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
}
