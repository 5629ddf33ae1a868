import type { ChartProfileId } from '@/core/chart/index.ts';
import { manifestsToYaml, type PipelineResult } from '@/core/pipeline/index.ts';
import { commandRelease } from '@/core/release/command-release.ts';
import { actorOptions, actorOptionsHelp } from './actor-options.ts';
import { ExitCode, type CliIo } from './cli-io.ts';
import { formatProblemLine } from './format-problems.ts';
import { collectProblems, loadActorInput } from './load-actor-input.ts';
import { parseCommandArgs } from './parse-cli-options.ts';

const stages = ['chart', 'stored', 'operator'] as const;

export const renderUsage = `Usage: actor-studio render <values.yaml> [options]

Prints the YAML documents of one stage to stdout and the problems to stderr. The file may be one
actor's values, the shipped chart's values with an \`actors:\` list, or a helmfile (\`releases:\`):
every actor's documents are printed, in document order.

Options:
${actorOptionsHelp}
  --stage <stage>       chart (what helm template prints) | stored (the AsyncActor the operator reads)
                        | operator (the objects the operator creates)   (default chart)
  --namespace <ns>      Helm release namespace (default: default)

Exit codes: 0 the prediction was computed (even one where the operator stops early), 1 the input
cannot be processed or the chart fails to render (as helm template fails), 2 usage error.
`;

const optionSpec = { ...actorOptions, stage: { values: stages }, namespace: {} };

function stageObjects(result: PipelineResult, stage: (typeof stages)[number]): unknown[] {
  if (stage === 'chart') return result.chart.objects;
  return stage === 'stored' ? result.stored.objects : result.operator.objects;
}

/** `actor-studio render`: one stage's manifests, problems as `file:line:col: severity: rule-id: message`. */
export async function runRenderCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { name: 'render', options: optionSpec, usage: renderUsage },
    io,
    (p) => (p.positionals.length !== 1 ? 'expected exactly one values file' : undefined),
  );
  if (typeof parsed === 'number') return parsed;
  const { options } = parsed;
  const input = loadActorInput(io, parsed.positionals[0] ?? '', options.operator);
  if ('error' in input) {
    io.stderr(`actor-studio render: ${input.error}\n`);
    return ExitCode.failed;
  }
  const stage = (options.stage ?? 'chart') as (typeof stages)[number];
  // The upstream Kubernetes and KEDA schemas load only for a command that runs the pipeline.
  const { validateKubernetesObjects } = await import('@/core/kubernetes-schema/index.ts');
  const release = commandRelease(input.values, {
    profile: (options.profile ?? 'asya-test-actor') as ChartProfileId,
    ...(options.release ? { releaseName: options.release } : {}),
    ...(options.namespace ? { releaseNamespace: options.namespace } : {}),
    ...(input.settings ? { operatorSettings: input.settings } : {}),
    ...(options.actor ? { actor: options.actor } : {}),
    scope: 'pipeline',
    schemaCheck: validateKubernetesObjects,
  });
  if ('error' in release) {
    io.stderr(`actor-studio render: ${release.error}\n`);
    return ExitCode.failed;
  }
  const problems = collectProblems(input, input.values.ok ? release.diagnostics : []);
  for (const problem of problems) io.stderr(`${formatProblemLine(problem)}\n`);
  // As `helm template`: a template error prints no document at all and fails.
  const chartFailed = release.actors.some(({ pipeline }) => pipeline.chart.error !== undefined);
  const unprocessable =
    !input.values.ok || chartFailed || (stage === 'operator' && !input.settings);
  if (unprocessable) return ExitCode.failed;
  io.stdout(
    manifestsToYaml(release.actors.flatMap(({ pipeline }) => stageObjects(pipeline, stage))),
  );
  return ExitCode.ok;
}
