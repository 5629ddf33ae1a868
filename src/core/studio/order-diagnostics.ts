import { formatValuesPath, type Diagnostic } from '@/core/diagnostics/index.ts';

const severityRank = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then by place in the text; problems without a place last. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.toSorted(
    (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] ||
      (a.range?.line ?? Infinity) - (b.range?.line ?? Infinity) ||
      (a.range?.col ?? 0) - (b.range?.col ?? 0) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/**
 * Generic findings of a later stage that only restate, at the same value, what a specific
 * rule already says in plainer words (the API server's verdict on a name the DNS rule flags,
 * the chart ignoring a key the unknown-key rule flags).
 */
const restatingRules = new Set(['api-server/crd-validation', 'chart/ignored-value']);

/**
 * Two stages may find the same fault at the same value: the same rule twice keeps the first,
 * and a restating finding gives way to a specific rule's finding of the same severity.
 */
export function dedupeDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const specific = new Set(
    diagnostics
      .filter((d) => !restatingRules.has(d.ruleId))
      .map((d) => `${d.severity}\u0000${formatValuesPath(d.path)}`),
  );
  return diagnostics.filter((d) => {
    const place = formatValuesPath(d.path);
    if (restatingRules.has(d.ruleId) && specific.has(`${d.severity}\u0000${place}`)) return false;
    const key = `${d.ruleId}\u0000${place}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
