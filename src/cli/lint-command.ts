import { chartProfileIds, type ChartProfileId } from '@/core/chart/index.ts';
import { commandRelease } from '@/core/release/command-release.ts';
import { ExitCode, type CliIo } from './cli-io.ts';
import {
  formatProblemLine,
  problemsToJson,
  problemsToSarif,
  type FileProblem,
} from './format-problems.ts';
import { collectProblems, loadActorInput } from './load-actor-input.ts';
import { parseCliOptions } from './parse-cli-options.ts';

const formats = ['text', 'json', 'sarif'] as const;

export const lintUsage = `Usage: actor-studio lint <values.yaml> [options]

Reports every problem in a values file: YAML, values rules, scaling, chart, API server, operator
and KEDA (the same list the studio shows). The file may be one actor's values, the shipped chart's
values with an \`actors:\` list, or a helmfile (\`releases:\`); problems name their actor.

Options:
  --operator <file>     asya-operator chart values (default: the RabbitMQ-with-password-Secret preset)
  --profile <id>        ${chartProfileIds.join(' | ')} (default asya-test-actor)
  --format <format>     text (file:line:col: severity: rule-id: message) | json | sarif (default text)
  --release <name>      Helm release name (default: the actor name)
  --actor <name>        only this actor's problems (and the document's own)

Exit codes: 0 no errors, 1 errors found or the input cannot be read, 2 usage error.
`;

const optionSpec = {
  operator: {},
  profile: { values: chartProfileIds },
  format: { values: formats },
  release: {},
  actor: {},
};

function print(io: CliIo, problems: FileProblem[], format: (typeof formats)[number]): void {
  if (format === 'json') io.stdout(problemsToJson(problems));
  else if (format === 'sarif') io.stdout(problemsToSarif(problems));
  else for (const problem of problems) io.stdout(`${formatProblemLine(problem)}\n`);
}

function lint(args: string[], io: CliIo): number {
  const parsed = parseCliOptions(args, optionSpec);
  if (typeof parsed !== 'string' && parsed.help) {
    io.stdout(lintUsage);
    return ExitCode.ok;
  }
  if (typeof parsed === 'string' || parsed.positionals.length !== 1) {
    io.stderr(
      `actor-studio lint: ${typeof parsed === 'string' ? parsed : 'expected exactly one values file'}\n\n${lintUsage}`,
    );
    return ExitCode.usage;
  }
  const { options } = parsed;
  const input = loadActorInput(io, parsed.positionals[0] ?? '', options.operator);
  if ('error' in input) {
    io.stderr(`actor-studio lint: ${input.error}\n`);
    return ExitCode.failed;
  }
  const release = commandRelease(input.values, {
    profile: (options.profile ?? 'asya-test-actor') as ChartProfileId,
    ...(options.release ? { releaseName: options.release } : {}),
    ...(input.settings ? { operatorSettings: input.settings } : {}),
    ...(options.actor ? { actor: options.actor } : {}),
    scope: 'values',
  });
  if ('error' in release) {
    io.stderr(`actor-studio lint: ${release.error}\n`);
    return ExitCode.failed;
  }
  const problems = collectProblems(input, input.values.ok ? release.diagnostics : []);
  print(io, problems, (options.format ?? 'text') as (typeof formats)[number]);
  return problems.some((p) => p.diagnostic.severity === 'error') ? ExitCode.failed : ExitCode.ok;
}

/** `actor-studio lint`: every problem of every stage, in text, JSON or SARIF; exit 1 when any is an error. */
export function runLintCommand(args: string[], io: CliIo): Promise<number> {
  return Promise.resolve(lint(args, io));
}
