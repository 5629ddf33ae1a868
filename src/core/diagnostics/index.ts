export type {
  Diagnostic,
  DiagnosticStage,
  Severity,
  SourceRange,
  ValuesPath,
} from './diagnostic.ts';
export { formatValuesPath, parseValuesPath } from './diagnostic.ts';
export { upstreamLink, upstreamRefs, type UpstreamProject } from './upstream-source.ts';
export {
  cutText,
  escapeControlCharacters,
  escapeUserText,
  maxMessageLength,
  maxQuotedLength,
} from './escape-user-text.ts';
