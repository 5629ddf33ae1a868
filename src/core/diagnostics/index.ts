export type {
  Diagnostic,
  DiagnosticStage,
  Severity,
  SourceRange,
  ValuesPath,
} from './diagnostic.ts';
export { formatValuesPath, parseValuesPath } from './diagnostic.ts';
export { upstreamLink, upstreamRefs, type UpstreamProject } from './upstream-source.ts';
