import {
  escapeControlCharacters,
  escapeUserText,
  type Diagnostic,
} from '@/core/diagnostics/index.ts';

/** A problem with the file it belongs to (the values file or the operator settings file). */
export interface FileProblem {
  file: string;
  diagnostic: Diagnostic;
}

const position = (d: Diagnostic): { line: number; col: number } => ({
  line: d.range?.line ?? 1,
  col: d.range?.col ?? 1,
});

/** Messages, fixes and file names quote user text: escaped (and cut) in every format, so none can forge output. */
const safeFile = (file: string): string => escapeControlCharacters(file);

/** `file:line:col: severity: rule-id: message` — the shape editors and CI annotate from. */
export function formatProblemLine({ file, diagnostic: d }: FileProblem): string {
  const { line, col } = position(d);
  const actor = d.actor === undefined ? '' : `actor ${d.actor}: `;
  return `${safeFile(file)}:${line}:${col}: ${d.severity}: ${d.ruleId}: ${escapeUserText(actor + d.message)}`;
}

export function problemsToJson(problems: readonly FileProblem[]): string {
  const rows = problems.map(({ file, diagnostic: d }) => ({
    file: safeFile(file),
    ...position(d),
    endLine: d.range?.endLine,
    endCol: d.range?.endCol,
    severity: d.severity,
    ruleId: d.ruleId,
    stage: d.stage,
    message: escapeUserText(d.message),
    fix: d.fix === undefined ? undefined : escapeUserText(d.fix),
    path: d.path,
    source: d.source,
    actor: d.actor === undefined ? undefined : escapeUserText(d.actor),
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

const sarifLevel = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0, one run, one rule per rule id, one result per problem. */
export function problemsToSarif(problems: readonly FileProblem[]): string {
  const ruleIds = [...new Set(problems.map((p) => p.diagnostic.ruleId))].sort();
  const results = problems.map(({ file, diagnostic: d }) => ({
    ruleId: d.ruleId,
    level: sarifLevel[d.severity],
    message: {
      text: escapeUserText(
        `${d.actor === undefined ? '' : `actor ${d.actor}: `}${d.fix ? `${d.message} Fix: ${d.fix}` : d.message}`,
      ),
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(file) },
          region: {
            startLine: position(d).line,
            startColumn: position(d).col,
            ...(d.range ? { endLine: d.range.endLine, endColumn: d.range.endCol } : {}),
          },
        },
      },
    ],
  }));
  const sarif = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      { tool: { driver: { name: 'actor-studio', rules: ruleIds.map((id) => ({ id })) } }, results },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
