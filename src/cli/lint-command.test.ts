import { describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io.ts';
import { runLintCommand } from './lint-command.ts';

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

const good =
  'name: demo\nnamespace: team\nworkload:\n  template:\n    spec:\n      containers:\n      - name: asya-runtime\n        image: img:1\n        env:\n        - {name: ASYA_HANDLER, value: h.f}\n';
const statefulSet = good.replace('workload:\n', 'workload:\n  kind: StatefulSet\n');

describe('actor-studio lint', () => {
  it('exits 0 and prints nothing for clean values', async () => {
    const io = fakeIo({ 'v.yaml': good });
    expect(await runLintCommand(['v.yaml'], io)).toBe(0);
    expect(io.out).toBe('');
  });

  it('exits 1 with located problems when there are errors', async () => {
    const io = fakeIo({ 'v.yaml': statefulSet });
    expect(await runLintCommand(['v.yaml'], io)).toBe(1);
    expect(io.out).toContain('v.yaml:4:9: error: operator/statefulset-not-implemented: ');
  });

  it('prints JSON and SARIF', async () => {
    const json = fakeIo({ 'v.yaml': statefulSet });
    await runLintCommand(['v.yaml', '--format', 'json'], json);
    expect(JSON.parse(json.out)).toContainEqual(
      expect.objectContaining({
        file: 'v.yaml',
        line: 4,
        col: 9,
        ruleId: 'operator/statefulset-not-implemented',
        severity: 'error',
      }),
    );
    const sarif = fakeIo({ 'v.yaml': statefulSet });
    await runLintCommand(['v.yaml', '--format=sarif'], sarif);
    const log = JSON.parse(sarif.out) as {
      version: string;
      runs: { results: { ruleId: string; level: string }[] }[];
    };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results).toContainEqual(
      expect.objectContaining({ ruleId: 'operator/statefulset-not-implemented', level: 'error' }),
    );
  });

  it('reports each rule once per path', async () => {
    const io = fakeIo({
      'v.yaml': `${good}scaling:\n  advanced:\n    formula: ceil(queueLength / 10)\n    target: "10"\n`,
    });
    expect(await runLintCommand(['v.yaml'], io)).toBe(1);
    expect(io.out.match(/keda\/refuses-formula/g)).toHaveLength(1);
  });

  it('exits 1 for unreadable input and 2 for usage errors', async () => {
    expect(await runLintCommand(['missing.yaml'], fakeIo({}))).toBe(1);
    expect(await runLintCommand(['v.yaml', '--format', 'xml'], fakeIo({ 'v.yaml': good }))).toBe(2);
    expect(await runLintCommand([], fakeIo({}))).toBe(2);
  });
});
