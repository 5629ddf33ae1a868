import { readYamlDocuments } from '@/core/document/index.ts';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io.ts';
import { multiActorExamples } from '@/core/examples/multi-actor-examples.ts';
import { runLintCommand } from './lint-command.ts';
import { runRenderCommand } from './render-command.ts';
import { runSimulateCommand } from './simulate-command.ts';

function fakeIo(files: Record<string, string>): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    readFile: (path: string) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
  };
  return io;
}

const values =
  'name: demo\nnamespace: team\nworkload:\n  template:\n    spec:\n      containers:\n      - name: asya-runtime\n        image: img:1\n        env:\n        - {name: ASYA_HANDLER, value: h.f}\n';
const kinds = (text: string): unknown[] =>
  readYamlDocuments(text).map((d) => (d as { kind: string }).kind);

describe('actor-studio render', () => {
  it('prints the chart stage by default', async () => {
    const io = fakeIo({ 'v.yaml': values });
    expect(await runRenderCommand(['v.yaml'], io)).toBe(0);
    expect(kinds(io.out)).toEqual(['AsyncActor']);
    expect(io.err).toBe('');
  });

  it('prints the operator stage with the given release and profile', async () => {
    const io = fakeIo({ 'v.yaml': `${values}transport: rabbitmq\n` });
    expect(
      await runRenderCommand(
        ['v.yaml', '--stage', 'operator', '--profile=asya-actor', '--release', 'rel'],
        io,
      ),
    ).toBe(0);
    expect(kinds(io.out)).toEqual([
      'ConfigMap',
      'Deployment',
      'TriggerAuthentication',
      'ScaledObject',
    ]);
  });

  it('uses the operator settings file', async () => {
    const operator =
      'transports:\n  sqs:\n    enabled: true\n    type: sqs\n    config: {region: eu-west-1, accountId: "1"}\n';
    const io = fakeIo({ 'v.yaml': `${values}transport: sqs\n`, 'op.yaml': operator });
    expect(
      await runRenderCommand(['v.yaml', '--stage', 'operator', '--operator', 'op.yaml'], io),
    ).toBe(0);
    expect(io.out).toContain('aws-sqs-queue');
  });

  it('prints problems as file:line:col: severity: rule-id: message and prints no document where there is none', async () => {
    const io = fakeIo({ 'v.yaml': `${values}scaling:\n  queueLength: 0\n` });
    expect(await runRenderCommand(['v.yaml', '--stage', 'stored'], io)).toBe(0);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/^v\.yaml:12:16: error: api-server\/crd-validation: /m);
  });

  it('exits 1 when the input cannot be processed', async () => {
    expect(await runRenderCommand(['missing.yaml'], fakeIo({}))).toBe(1);
    const broken = fakeIo({ 'v.yaml': 'name: [' });
    expect(await runRenderCommand(['v.yaml'], broken)).toBe(1);
    expect(broken.err).toMatch(/^v\.yaml:\d+:\d+: error: /m);
    const badOperator = fakeIo({
      'v.yaml': values,
      'op.yaml': 'transports:\n  rabbitmq:\n    type: rabbitmq\n    typo: 1\n',
    });
    expect(
      await runRenderCommand(
        ['v.yaml', '--stage', 'operator', '--operator', 'op.yaml'],
        badOperator,
      ),
    ).toBe(1);
    expect(badOperator.err).toContain('op.yaml:4:5: error: operator-settings/unknown-key');
  });

  it('exits 1 with no document when the chart fails to render, as helm template does', async () => {
    const io = fakeIo({ 'v.yaml': 'name: demo\ntransport: ""\n' });
    expect(await runRenderCommand(['v.yaml'], io)).toBe(1);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/^v\.yaml:2:12: error: chart\/required-value: /m);
  });

  it('exits 0 for a prediction in which the operator stops early', async () => {
    const io = fakeIo({
      'v.yaml': `${values}transport: kafka\n`,
    });
    expect(await runRenderCommand(['v.yaml', '--stage', 'operator'], io)).toBe(0);
    expect(io.err).toContain('operator/transport-unavailable');
  });

  it('exits 2 on usage errors and 0 for --help', async () => {
    for (const args of [
      [],
      ['a', 'b'],
      ['v.yaml', '--stage', 'x'],
      ['v.yaml', '--nope', '1'],
      ['v.yaml', '--profile'],
    ]) {
      expect(await runRenderCommand(args, fakeIo({ 'v.yaml': values }))).toBe(2);
    }
    const help = fakeIo({});
    expect(await runRenderCommand(['--help'], help)).toBe(0);
    expect(help.out).toContain('Usage: actor-studio render');
  });
});

describe('documents with several actors', () => {
  const actorsList = `transport: rabbitmq\nactors:\n- name: one\n- name: two\n  namespace: other\n`;
  const helmfile = multiActorExamples.find((e) => e.id === 'readme-helmfile')?.text ?? '';

  it('render prints every actor of an actors: list in document order, and --actor narrows to one', async () => {
    const io = fakeIo({ 'v.yaml': actorsList });
    expect(await runRenderCommand(['v.yaml', '--release', 'rel'], io)).toBe(0);
    const docs = readYamlDocuments(io.out) as { metadata: object }[];
    expect(docs.map((d) => d.metadata)).toMatchObject([
      { name: 'one', namespace: 'default', labels: { 'app.kubernetes.io/name': 'asya-actor' } },
      { name: 'two', namespace: 'other', labels: { 'app.kubernetes.io/instance': 'rel' } },
    ]);
    const one = fakeIo({ 'v.yaml': actorsList });
    expect(await runRenderCommand(['v.yaml', '--actor', 'two', '--stage', 'operator'], one)).toBe(
      0,
    );
    expect(
      (readYamlDocuments(one.out) as { metadata: { name: string } }[]).map((d) => d.metadata.name),
    ).toEqual(['asya-runtime', 'two', 'two-trigger-auth', 'two']);
  });

  it('render names the actors when --actor names none', async () => {
    const io = fakeIo({ 'h.yaml': helmfile });
    expect(await runRenderCommand(['h.yaml', '--actor', 'nope'], io)).toBe(1);
    expect(io.err).toContain(
      'no actor named "nope" in the document (actors: echo-actor, nlp-actor)',
    );
  });

  it('lint names the actor of each problem', async () => {
    const io = fakeIo({ 'h.yaml': helmfile.replace('name: nlp-actor', 'name: echo-actor') });
    expect(await runLintCommand(['h.yaml'], io)).toBe(1);
    expect(io.out).toContain('h.yaml:7:15: error: release/duplicate-actor-name: actor echo-actor:');
    expect(io.out).toContain(
      'h.yaml:24:15: error: release/duplicate-actor-name: actor echo-actor:',
    );
  });

  it('simulate asks for --actor when the document holds several, and simulates the one named', async () => {
    const io = fakeIo({ 'v.yaml': actorsList });
    expect(await runSimulateCommand(['v.yaml', '--queue', '0..10:10'], io)).toBe(1);
    expect(io.err).toContain('the document holds 2 actors (one, two); choose one with --actor');
    const one = fakeIo({ 'v.yaml': actorsList });
    expect(
      await runSimulateCommand(
        ['v.yaml', '--queue', '0..10:10', '--actor', 'one', '--format', 'csv'],
        one,
      ),
    ).toBe(0);
    expect(one.out).toContain('10,2');
  });
});
