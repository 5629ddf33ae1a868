export { parseValuesText } from './parse-values-text.ts';
export type { ParsedValues } from './parse-values-text.ts';
export { locateDiagnostics } from './locate-diagnostics.ts';
