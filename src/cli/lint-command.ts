import type { ChartProfileId } from '@/core/chart/index.ts';
import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { commandRelease } from '@/core/release/command-release.ts';
import { actorOptions, actorOptionsHelp } from './actor-options.ts';
import { ExitCode, type CliIo } from './cli-io.ts';
import {
  formatProblemLine,
  problemsToJson,
  problemsToSarif,
  type FileProblem,
} from './format-problems.ts';
import {
  loadOperatorInput,
  loadValuesInput,
  operatorFileProblems,
  valuesFileProblems,
} from './load-actor-input.ts';
import { parseCommandArgs } from './parse-cli-options.ts';

const formats = ['text', 'json', 'sarif'] as const;

export const lintUsage = `Usage: actor-studio lint <values.yaml|folder|glob|-> … [options]

Reports every problem in values files: YAML, values rules, scaling, chart, API server, operator
and KEDA (the same list the studio shows). A file may be one actor's values, the shipped chart's
values with an \`actors:\` list, or a helmfile (\`releases:\`); problems name their actor. A folder
stands for its *.yaml and *.yml files (recursively), a quoted glob ('actors/**/*.yaml') for the
files it matches, - for standard input.

Options:
${actorOptionsHelp}
  --format <format>     text (file:line:col: severity: rule-id: message) | json | sarif (default text)

Exit codes: 0 no errors, 1 errors found or an input cannot be read, 2 usage error.
`;

const optionSpec = { ...actorOptions, format: { values: formats } };

function print(io: CliIo, problems: FileProblem[], format: (typeof formats)[number]): void {
  if (format === 'json') io.stdout(problemsToJson(problems));
  else if (format === 'sarif') io.stdout(problemsToSarif(problems));
  else for (const problem of problems) io.stdout(`${formatProblemLine(problem)}\n`);
}

/** `actor-studio lint`: every problem of every file and stage, in text, JSON or SARIF; exit 1 on any error. */
export async function runLintCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { name: 'lint', options: optionSpec, usage: lintUsage },
    io,
    (p) => (p.positionals.length === 0 ? 'expected at least one values file' : undefined),
  );
  if (typeof parsed === 'number') return parsed;
  const { options } = parsed;
  const operator = loadOperatorInput(io, options.operator);
  if ('error' in operator) {
    io.stderr(`actor-studio lint: ${operator.error}\n`);
    return ExitCode.failed;
  }
  const { files, unmatched } = io.expandFiles?.(parsed.positionals) ?? {
    files: parsed.positionals,
    unmatched: [],
  };
  for (const arg of unmatched) io.stderr(`actor-studio lint: no values files match ${arg}\n`);
  // The upstream Kubernetes and KEDA schemas are the heaviest part: loaded once, and only here.
  const schemas = await import('@/core/kubernetes-schema/index.ts');
  const profile = (options.profile ?? 'asya-test-actor') as ChartProfileId;
  const problems: FileProblem[] = [];
  let unreadable = unmatched.length > 0;
  for (const file of files) {
    const input = loadValuesInput(io, file);
    if ('error' in input) {
      io.stderr(`actor-studio lint: ${input.error}\n`);
      unreadable = true;
      continue;
    }
    let valueDiagnostics: Diagnostic[] = [];
    if (input.values.ok) {
      const release = commandRelease(input.values, {
        profile,
        ...(options.release ? { releaseName: options.release } : {}),
        ...(operator.settings ? { operatorSettings: operator.settings } : {}),
        ...(options.actor ? { actor: options.actor } : {}),
        scope: 'values',
        schemaCheck: schemas.validateKubernetesObjects,
      });
      if ('error' in release) {
        io.stderr(`actor-studio lint: ${file}: ${release.error}\n`);
        unreadable = true;
        continue;
      }
      valueDiagnostics = release.diagnostics;
    }
    problems.push(...valuesFileProblems(input, valueDiagnostics));
  }
  problems.push(...operatorFileProblems(operator));
  print(io, problems, (options.format ?? 'text') as (typeof formats)[number]);
  const errors = problems.some((p) => p.diagnostic.severity === 'error');
  return errors || unreadable ? ExitCode.failed : ExitCode.ok;
}
