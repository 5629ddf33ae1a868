export { parseValuesText } from './parse-values-text.ts';
export type { ParsedValues } from './parse-values-text.ts';
export { locateDiagnostics } from './locate-diagnostics.ts';
export { setValueAtPath } from './set-value-at-path.ts';
export type { EditOptions, EditResult } from './set-value-at-path.ts';
export { valueAtPath, valuesEqual } from './values-equal.ts';
export { printManifestYaml, printValuesYaml, readYaml, readYamlDocuments } from './yaml-text.ts';
export { blockListItemRanges, type ItemRange } from './block-list-items.ts';
export { lineEnd, lineStart } from './line-offsets.ts';
