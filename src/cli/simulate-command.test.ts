import { describe, expect, it } from 'vitest';
import { operatorPresets } from '@/core/operator-settings/index.ts';
import type { CliIo } from './cli-io.ts';
import { parseQueueRange, runSimulateCommand } from './simulate-command.ts';

function memoryIo(files: Record<string, string>): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
    readFile: (path: string) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
  };
  return io;
}

/** Operator settings that serve SQS only (a shipped preset). */
const sqsOnly = operatorPresets.find((p) => p.id === 'sqs-aws-irsa')?.text ?? '';

const files = {
  'bad-operator.yaml': 'transports: 7\n',
  'values.yaml':
    'name: a\ntransport: rabbitmq\nscaling:\n  maxReplicas: 50\n  queueLength: 5\nworkload:\n  template:\n    spec:\n      containers:\n        - name: asya-runtime\n          image: my-actor:latest\n',
  'burst.yaml':
    'durationSeconds: 240\ninitialBacklog: 500\narrivals: {kind: constant, ratePerSecond: 0}\nprocessingSecondsPerMessage: 60\npodStartupSeconds: 10\n',
  'trace.yaml':
    'durationSeconds: 120\narrivals: {kind: trace, file: trace.csv}\nprocessingSecondsPerMessage: 1\n',
  'trace.csv': 'seconds,rate\n0,2\n60,0\n',
  'broken.yaml': 'scaling: [\n',
  'bad-scenario.yaml': 'durationSeconds: -1\n',
};

describe('simulate command', () => {
  it('prints the sweep as a table, CSV or JSON', async () => {
    const table = memoryIo(files);
    expect(await runSimulateCommand(['values.yaml', '--queue', '0..10:5'], table)).toBe(0);
    expect(table.out).toContain('queue  replicas\n    0  0\n    5  1\n   10  2\n');
    const csv = memoryIo(files);
    expect(
      await runSimulateCommand(['values.yaml', '--queue', '0..2', '--format', 'csv'], csv),
    ).toBe(0);
    expect(csv.out).toBe('queue_length,desired_replicas\n0,0\n1,1\n2,1\n');
    const json = memoryIo(files);
    expect(
      await runSimulateCommand(
        ['values.yaml', '--queue=0..1000:500', '--format', 'json', '--explain', '37'],
        json,
      ),
    ).toBe(0);
    const parsed = JSON.parse(json.out) as { replicas: number[]; explain: string[] };
    expect(parsed.replicas).toEqual([0, 50, 50]);
    expect(parsed.explain[0]).toContain('⌈37 / 5⌉ = 8');
  });

  it('runs a scenario and shows the burst steps', async () => {
    const io = memoryIo(files);
    expect(await runSimulateCommand(['values.yaml', '--scenario', 'burst.yaml'], io)).toBe(0);
    expect(io.out).toMatch(/15 s {2}1 → 11/);
    expect(io.out).toMatch(/195 s {2}44 → 50/);
  });

  it('reads a trace CSV named by the scenario', async () => {
    const io = memoryIo(files);
    expect(
      await runSimulateCommand(['values.yaml', '--scenario', 'trace.yaml', '--format', 'json'], io),
    ).toBe(0);
    expect(
      (JSON.parse(io.out) as { summary: { messagesArrived: number } }).summary.messagesArrived,
    ).toBe(120);
  });

  it('exits 2 on usage errors and 1 on input it cannot process', async () => {
    for (const args of [
      [],
      ['values.yaml'],
      ['values.yaml', '--queue', '5..1'],
      ['values.yaml', '--queue', '0..1', '--scenario', 'burst.yaml'],
      ['values.yaml', '--queue', '0..1', '--format', 'xml'],
      ['values.yaml', '--bogus', '1'],
    ]) {
      expect(await runSimulateCommand(args, memoryIo(files)), args.join(' ')).toBe(2);
    }
    for (const args of [
      ['missing.yaml', '--queue', '0..1'],
      ['broken.yaml', '--queue', '0..1'],
      ['values.yaml', '--scenario', 'bad-scenario.yaml'],
      ['values.yaml', '--scenario', 'missing.yaml'],
      ['values.yaml', '--queue', '0..1', '--operator', 'bad-operator.yaml'],
    ]) {
      const io = memoryIo(files);
      expect(await runSimulateCommand(args, io), args.join(' ')).toBe(1);
      expect(io.err).not.toBe('');
    }
  });

  it('simulates the ScaledObject the operator builds with the given settings', async () => {
    // Operator settings without the actor's transport: the reconcile stops before the Deployment.
    const io = memoryIo({ ...files, 'sqs-only.yaml': sqsOnly });
    expect(
      await runSimulateCommand(
        ['values.yaml', '--queue', '0..10:5', '--operator', 'sqs-only.yaml'],
        io,
      ),
    ).toBe(0);
    expect(io.out).toContain('# no ScaledObject (an earlier step stopped the reconcile');
    expect(io.out).toMatch(/10 {2}0\n/);
  });

  it('parses queue ranges', () => {
    expect(parseQueueRange('0..1000')).toEqual({ from: 0, to: 1000, step: 1 });
    expect(parseQueueRange('0..100000:100')).toEqual({ from: 0, to: 100000, step: 100 });
    expect(parseQueueRange('0..10:0')).toBeNull();
    expect(parseQueueRange('ten')).toBeNull();
  });
});
