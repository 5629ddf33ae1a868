import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ParsedValues } from './parse-values-text.ts';

/** Gives every diagnostic without a range the range of its path (or of the nearest ancestor). */
export function locateDiagnostics(parsed: ParsedValues, diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.map((diagnostic) => {
    if (diagnostic.range) return diagnostic;
    const range = parsed.locate(diagnostic.path);
    return range ? { ...diagnostic, range } : diagnostic;
  });
}
