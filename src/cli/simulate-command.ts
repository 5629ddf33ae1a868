import { dirname, isAbsolute, join } from 'node:path';
import { chartProfileIds, type ChartProfileId } from '@/core/chart/chart-profile.ts';
import {
  explainDecision,
  parseArrivalCsv,
  scalingModelFromPipeline,
  scenarioSchema,
  simulateTimeline,
  sweepReplicas,
  sweepToCsv,
  timelineToCsv,
  timelineToJson,
  type ScalingModel,
  type TimelineResult,
} from '@/core/autoscaling/index.ts';
import { parseValuesText, type ParsedValues } from '@/core/document/index.ts';
import { runRelease, selectActor } from '@/core/release/index.ts';
import { ExitCode, type CliIo } from './cli-io.ts';
import { loadActorInput } from './load-actor-input.ts';
import { parseCommandArgs, reportUsageError } from './parse-cli-options.ts';

const formats = ['table', 'json', 'csv'] as const;
type Format = (typeof formats)[number];

export const simulateUsage = `Usage: actor-studio simulate <values.yaml> --queue <from>..<to>[:<step>] [options]
       actor-studio simulate <values.yaml> --scenario <scenario.yaml> [options]

Replicas KEDA and the HPA give for each queue length (--queue), or scaling over time for a
scenario (--scenario: durationSeconds, initialBacklog, arrivals, processingSecondsPerMessage,
podStartupSeconds; arrivals.kind is constant, steps, burst, sine or trace, and a trace may name
a CSV file of "seconds,rate" lines with arrivals.file).

Options:
  --queue <range>       queue lengths, e.g. 0..1000 or 0..100000:100
  --current <n>         current replica count for the HPA tolerance band (sweep only)
  --explain <n>         also print the decision for queue length n, in words (sweep only)
  --scenario <file>     run the time simulation instead of the sweep
  --profile <id>        ${chartProfileIds.join(' | ')} (default asya-test-actor)
  --operator <file>     the operator's settings (default: the RabbitMQ password-Secret preset);
                        the simulation runs the ScaledObject the operator builds from them
  --format <format>     table | json | csv (default table)
  --actor <name>        the actor to simulate when the file holds several (an \`actors:\` list or a
                        helmfile)

Exit codes: 0 done, 1 the input cannot be processed, 2 usage error.
`;

const optionSpec = {
  queue: {},
  current: {},
  explain: {},
  scenario: {},
  profile: { values: chartProfileIds },
  operator: {},
  format: { values: formats },
  actor: {},
};

type Failure = { code: number; message: string };

function notYaml(path: string, parsed: ParsedValues): Failure {
  const errors = parsed.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `  ${path}:${d.range?.line ?? 1}:${d.range?.col ?? 1}: ${d.message}`);
  return { code: ExitCode.failed, message: `${path} is not valid YAML:\n${errors.join('\n')}` };
}

function readYaml(io: CliIo, path: string): { values: unknown } | Failure {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    return {
      code: ExitCode.failed,
      message: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const parsed = parseValuesText(text);
  return parsed.ok ? { values: parsed.values } : notYaml(path, parsed);
}

/** The values read and run through the pipeline: chart, API server, operator and KEDA. */
function modelOf(
  io: CliIo,
  valuesFile: string,
  operatorFile: string | undefined,
  profile: ChartProfileId,
  actorName: string | undefined,
): ScalingModel | Failure {
  const input = loadActorInput(io, valuesFile, operatorFile);
  if ('error' in input) return { code: ExitCode.failed, message: input.error };
  if (!input.values.ok) return notYaml(valuesFile, input.values);
  if (!input.settings)
    return {
      code: ExitCode.failed,
      message: `${input.operatorFile} are not valid operator settings: run \`actor-studio lint\` to see why`,
    };
  const release = runRelease(input.values.values, { profile, operatorSettings: input.settings });
  const actor = selectActor(
    {
      kind: release.kind,
      actors: release.actors.map((run) => run.slice),
      diagnostics: release.structure,
    },
    actorName,
  );
  if ('error' in actor) return { code: ExitCode.failed, message: actor.error };
  const run = release.actors.find((candidate) => candidate.slice === actor);
  return run
    ? scalingModelFromPipeline(run.pipeline)
    : { code: ExitCode.failed, message: 'the document holds no actor' };
}

/** `0..1000` or `0..1000:10` → from, to, step. */
export function parseQueueRange(text: string): { from: number; to: number; step: number } | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*\.\.\s*(\d+(?:\.\d+)?)\s*(?::\s*(\d+(?:\.\d+)?))?\s*$/.exec(
    text,
  );
  if (!match) return null;
  const [from, to, step] = [
    Number(match[1]),
    Number(match[2]),
    match[3] === undefined ? 1 : Number(match[3]),
  ];
  if (to < from || step <= 0) return null;
  return { from, to, step };
}

function nonNegativeInteger(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  return /^\d+$/.test(text) ? Number(text) : null;
}

function runSweep(
  io: CliIo,
  model: ScalingModel,
  range: { from: number; to: number; step: number },
  format: Format,
  current?: number,
  explain?: number,
): number {
  const sweep = sweepReplicas(model, {
    ...range,
    ...(current !== undefined ? { currentReplicas: current } : {}),
  });
  if (format === 'csv') {
    io.stdout(sweepToCsv(sweep));
  } else if (format === 'json') {
    io.stdout(
      JSON.stringify(
        {
          model,
          formulaError: sweep.formulaError,
          markers: sweep.markers,
          queue: Array.from(sweep.queue),
          replicas: Array.from(sweep.replicas),
          ...(explain !== undefined ? { explain: explainDecision(model, explain, current) } : {}),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    for (const note of model.notes) io.stdout(`# ${note}\n`);
    if (sweep.formulaError) io.stdout(`# formula refused: ${sweep.formulaError}\n`);
    for (const marker of sweep.markers) io.stdout(`# ${marker.label}\n`);
    const width = Math.max(5, String(range.to).length);
    io.stdout(`${'queue'.padStart(width)}  replicas\n`);
    for (let i = 0; i < sweep.queue.length; i += 1)
      io.stdout(`${String(sweep.queue[i]).padStart(width)}  ${sweep.replicas[i]}\n`);
    if (explain !== undefined)
      for (const line of explainDecision(model, explain, current)) io.stdout(`${line}\n`);
  }
  return ExitCode.ok;
}

function printTimelineTable(io: CliIo, result: TimelineResult): void {
  const s = result.summary;
  const seconds = (v: number | null) => (v === null ? 'never' : `${v} s`);
  for (const note of result.notes) io.stdout(`# ${note}\n`);
  io.stdout(
    [
      `time to first pod   ${seconds(s.timeToFirstPodSeconds)}`,
      `time to drain       ${seconds(s.timeToDrainSeconds)}`,
      `max wait            ${s.maxWaitSeconds} s`,
      `p95 wait            ${s.p95WaitSeconds} s`,
      `pod-hours           ${s.podHours.toFixed(2)}`,
      `peak replicas       ${s.peakReplicas}`,
      `messages            ${s.messagesArrived} arrived, ${s.messagesProcessed} processed, ${s.messagesLeft} left`,
      '',
      'changes:',
    ].join('\n') + '\n',
  );
  for (const entry of result.log)
    if (entry.from !== entry.to)
      io.stdout(`${String(entry.t).padStart(7)} s  ${entry.from} → ${entry.to}  ${entry.text}\n`);
  const every = Math.max(1, Math.ceil(result.durationSeconds / 60));
  io.stdout(`\n${'second'.padStart(7)}  ${'queue'.padStart(7)}  desired  ready  wait\n`);
  for (let t = 0; t < result.durationSeconds; t += every) {
    const sr = result.series;
    io.stdout(
      `${String(t).padStart(7)}  ${String(sr.queue[t]).padStart(7)}  ${String(sr.desired[t]).padStart(7)}  ${String(sr.ready[t]).padStart(5)}  ${sr.waitSeconds[t]}\n`,
    );
  }
}

function loadScenario(
  io: CliIo,
  path: string,
): { scenario: ReturnType<typeof scenarioSchema.parse> } | Failure {
  const read = readYaml(io, path);
  if ('code' in read) return read;
  const raw = read.values as { arrivals?: { kind?: unknown; file?: unknown } } | null;
  // A trace may live in its own CSV file next to the scenario.
  if (
    raw &&
    typeof raw === 'object' &&
    raw.arrivals?.kind === 'trace' &&
    typeof raw.arrivals.file === 'string'
  ) {
    const file = isAbsolute(raw.arrivals.file)
      ? raw.arrivals.file
      : join(dirname(path), raw.arrivals.file);
    let csv: string;
    try {
      csv = io.readFile(file);
    } catch (error) {
      return {
        code: ExitCode.failed,
        message: `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    const trace = parseArrivalCsv(csv);
    if (!trace.ok) return { code: ExitCode.failed, message: `${file}: ${trace.message}` };
    raw.arrivals = trace.arrivals;
  }
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      code: ExitCode.failed,
      message: `${path} is not a valid scenario:\n${parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n')}`,
    };
  }
  return { scenario: parsed.data };
}

/** `simulate`: the replica sweep or the time simulation for one values file. */
export function runSimulateCommand(args: string[], io: CliIo): Promise<number> {
  return Promise.resolve(run(args, io));
}

function run(args: string[], io: CliIo): number {
  const parsed = parseCommandArgs(
    args,
    { name: 'simulate', options: optionSpec, usage: simulateUsage },
    io,
    () => undefined,
  );
  if (typeof parsed === 'number') return parsed;
  const usageError = (why: string) => reportUsageError(io, 'simulate', simulateUsage, why);
  const [valuesFile, ...extra] = parsed.positionals;
  if (valuesFile === undefined) return usageError('a values file is required');
  if (extra.length > 0) return usageError(`unexpected argument "${extra[0]}"`);
  const { queue, scenario: scenarioFile } = parsed.options;
  if ((queue === undefined) === (scenarioFile === undefined))
    return usageError('give exactly one of --queue and --scenario');
  const current = nonNegativeInteger(parsed.options.current);
  const explain = nonNegativeInteger(parsed.options.explain);
  if (current === null) return usageError('--current must be a whole number');
  if (explain === null) return usageError('--explain must be a whole number');
  const range = queue === undefined ? undefined : parseQueueRange(queue);
  if (range === null)
    return usageError(`--queue must look like 0..1000 or 0..1000:10 (got "${queue}")`);
  const format = (parsed.options.format ?? 'table') as Format;
  const profile = (parsed.options.profile ?? 'asya-test-actor') as ChartProfileId;

  const model = modelOf(io, valuesFile, parsed.options.operator, profile, parsed.options.actor);
  if ('code' in model) {
    io.stderr(`actor-studio simulate: ${model.message}\n`);
    return model.code;
  }
  if (range) return runSweep(io, model, range, format, current, explain);

  const loaded = loadScenario(io, scenarioFile as string);
  if ('code' in loaded) {
    io.stderr(`actor-studio simulate: ${loaded.message}\n`);
    return loaded.code;
  }
  const result = simulateTimeline(model, loaded.scenario);
  if (format === 'json') io.stdout(timelineToJson(result));
  else if (format === 'csv') io.stdout(timelineToCsv(result));
  else printTimelineTable(io, result);
  return ExitCode.ok;
}
