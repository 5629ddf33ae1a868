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

/** Two stages may find the same fault at the same value (the studio's rule and the operator's): keep the first. */
export function dedupeDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.ruleId}\u0000${formatValuesPath(d.path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
