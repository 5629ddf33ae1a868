import type { Document, LineCounter } from 'yaml';
import type { Diagnostic, SourceRange } from '../diagnostics/diagnostic.ts';
import type { HelmRefusal } from './helm-values.ts';
import { offsetRange, pathAtOffset } from './node-path.ts';

/** A parsed values text, as the diagnostics about it see it. */
export interface Reader {
  text: string;
  doc: Document;
  lineCounter: LineCounter;
}

/** The range a diagnostic at `[start, end)` of the text shows (clamped to the text). */
export function diagnosticRange(reader: Reader, start: number, end: number): SourceRange {
  const offset = Math.min(start, reader.text.length);
  return offsetRange(
    reader.lineCounter,
    offset,
    Math.min(Math.max(end, offset), reader.text.length),
  );
}

export function yamlDiagnostic(
  reader: Reader,
  ruleId: string,
  severity: Diagnostic['severity'],
  message: string,
  fix: string,
  start: number,
  end: number,
  source?: string,
): Diagnostic {
  return {
    ruleId,
    severity,
    stage: 'yaml',
    message,
    fix,
    path: pathAtOffset(reader.doc, Math.min(start, reader.text.length)),
    range: diagnosticRange(reader, start, end),
    ...(source === undefined ? {} : { source }),
  };
}

/** An error at the place that makes Helm refuse the whole file. */
export function helmRefusesDiagnostic(reader: Reader, refusal: HelmRefusal): Diagnostic {
  return yamlDiagnostic(
    reader,
    'yaml/helm-refuses',
    'error',
    `Helm refuses this values file ("${refusal.message}"): ${refusal.explanation}. \`helm install\` stops before rendering anything.`,
    'Change the text here so the file reads as YAML that Helm accepts.',
    refusal.start,
    refusal.end,
    refusal.source,
  );
}
