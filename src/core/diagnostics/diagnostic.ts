/** A path into the values document: map keys and list indexes, outermost first. */
export type ValuesPath = readonly (string | number)[];

/** A place in a text, 1-based lines and columns; `end` is exclusive. */
export interface SourceRange {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** Which part of the pipeline found the problem. */
export type DiagnosticStage =
  | 'yaml'
  | 'schema'
  | 'rules'
  | 'chart'
  | 'api-server'
  | 'operator'
  | 'kubernetes-schema'
  | 'keda'
  | 'scaling'
  | 'operator-settings';

/** One problem, as every stage reports it: errors are data, never exceptions. */
export interface Diagnostic {
  /** Stable identifier, e.g. `operator/runtime-container-missing`. */
  ruleId: string;
  severity: Severity;
  stage: DiagnosticStage;
  /** What breaks in the cluster, in plain words. */
  message: string;
  /** How to fix it, in plain words. */
  fix?: string;
  /** The values path the problem is about (may point at a parent when the key is missing). */
  path: ValuesPath;
  /** Where in the values text; filled in by `locateDiagnostics` when the stage only knows the path. */
  range?: SourceRange;
  /** Where the fact comes from (`owner/repo:path`), when the rule models upstream code. */
  source?: string;
  /** In a document with several actors: the actor the problem belongs to (its name, or `#n`). */
  actor?: string;
}

/** Dotted display form of a path: `workload.template.spec.containers.0.image`. */
export function formatValuesPath(path: ValuesPath): string {
  return path.map(String).join('.');
}

/** Parses the dotted form back; numeric segments become list indexes. */
export function parseValuesPath(dotted: string): (string | number)[] {
  if (dotted === '') return [];
  return dotted
    .split('.')
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}
