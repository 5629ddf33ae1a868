import type { ChartProfileId } from '@/core/chart/index.ts';
import {
  diffPipelineStage,
  stageDiffToJson,
  stageDiffToMarkdown,
  stageDiffToText,
} from '@/core/object-diff/index.ts';
import { runPipeline, type PipelineResult } from '@/core/pipeline/index.ts';
import { actorOptions, actorOptionsHelp } from './actor-options.ts';
import { ExitCode, type CliIo } from './cli-io.ts';
import { formatProblemLine } from './format-problems.ts';
import {
  loadOperatorInput,
  loadValuesInput,
  valuesFileProblems,
  type OperatorInput,
} from './load-actor-input.ts';
import { parseCommandArgs } from './parse-cli-options.ts';

const stages = ['chart', 'stored', 'operator'] as const;
const formats = { text: stageDiffToText, markdown: stageDiffToMarkdown, json: stageDiffToJson };
const formatNames = Object.keys(formats) as (keyof typeof formats)[];

export const diffUsage = `Usage: actor-studio diff <before.yaml> <after.yaml> [options]

Prints what a values change changes in the cluster: per object, the fields added, removed and
changed, and the operator's and KEDA's verdicts when they change. Not a text diff of the values.
With git: actor-studio diff <(git show main:values.yaml) values.yaml

Options:
${actorOptionsHelp}
  --stage <stage>       chart | stored | operator (the objects the operator creates; default)
  --format <format>     text | markdown (a pull-request comment) | json (default text)

Exit codes: 0 the diff was printed, 1 a file cannot be read or does not parse, 2 usage error.
`;

const optionSpec = {
  ...actorOptions,
  stage: { values: stages },
  format: { values: formatNames },
};

function pipelineOf(
  io: CliIo,
  file: string,
  operator: OperatorInput,
  options: Record<string, string>,
): PipelineResult | undefined {
  const input = loadValuesInput(io, file);
  if ('error' in input) {
    io.stderr(`actor-studio diff: ${input.error}\n`);
    return undefined;
  }
  if (!input.values.ok) {
    for (const problem of valuesFileProblems(input, []))
      io.stderr(`${formatProblemLine(problem)}\n`);
    return undefined;
  }
  return runPipeline(input.values.values, {
    profile: (options.profile ?? 'asya-test-actor') as ChartProfileId,
    ...(options.release ? { releaseName: options.release } : {}),
    ...(operator.settings ? { operatorSettings: operator.settings } : {}),
  });
}

function diff(args: string[], io: CliIo): number {
  const parsed = parseCommandArgs(
    args,
    { name: 'diff', options: optionSpec, usage: diffUsage },
    io,
    (p) => (p.positionals.length !== 2 ? 'expected two values files, before and after' : undefined),
  );
  if (typeof parsed === 'number') return parsed;
  const { options, positionals } = parsed;
  const operator = loadOperatorInput(io, options.operator);
  if ('error' in operator) {
    io.stderr(`actor-studio diff: ${operator.error}\n`);
    return ExitCode.failed;
  }
  const [before, after] = positionals.map((file) => pipelineOf(io, file, operator, options));
  if (!before || !after) return ExitCode.failed;
  const stage = (options.stage ?? 'operator') as (typeof stages)[number];
  const format = formats[(options.format ?? 'text') as keyof typeof formats];
  io.stdout(format(diffPipelineStage(before, after, stage)));
  return ExitCode.ok;
}

/** `actor-studio diff`: the semantic diff of two values files, in text, Markdown or JSON. */
export function runDiffCommand(args: string[], io: CliIo): Promise<number> {
  return Promise.resolve(diff(args, io));
}
