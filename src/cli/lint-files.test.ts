import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from './spawn-cli.ts';

const good =
  'name: demo\nnamespace: team\nworkload:\n  template:\n    spec:\n      containers:\n      - name: asya-runtime\n        image: img:1\n        env:\n        - {name: ASYA_HANDLER, value: h.f}\n';
const broken = good.replace('workload:\n', 'workload:\n  kind: StatefulSet\n');
const problemLine = /^[^\n]+:\d+:\d+: (error|warning|info): [a-z0-9-]+\/[a-z0-9-]+: [^\n]+$/;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lint-files-'));
  const files: Record<string, string | Uint8Array> = {
    'good.yaml': good,
    'actors/a/values.yaml': broken,
    'actors/b/values.yml': good,
    'actors/b/readme.txt': 'not yaml',
    // A value that forges a problem line, and one that replays an OSC title and ESC sequences.
    'forged.yaml': good.replace('name: demo', 'name: "x\\nvalues.yaml:1:1: info: all good"'),
    'escapes.yaml': good.replace('name: demo', 'name: "demo\\e]0;pwned\\a\\e[2J\\0"'),
    // UTF-16LE with a BOM, as an editor on Windows may save it.
    'utf16.yaml': Uint8Array.from([
      0xff,
      0xfe,
      ...[...broken].flatMap((c) => [c.charCodeAt(0), 0]),
    ]),
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
});

describe('actor-studio lint on many files', { timeout: 60_000 }, () => {
  it('lints files, folders and quoted globs in one call, each problem under its file', async () => {
    const run = await spawnCli(['lint', 'good.yaml', 'actors', 'actors/**/*.yaml'], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^actors\/a\/values\.yaml:\d+:\d+: /);
    expect(run.stdout).toContain(
      'actors/a/values.yaml:4:9: error: operator/statefulset-not-implemented',
    );
  });

  it('exits 0 when no file has errors', async () => {
    expect((await spawnCli(['lint', 'good.yaml', 'actors/b'], dir)).code).toBe(0);
  });

  it('reads standard input for -', async () => {
    const run = await spawnCli(['lint', '-'], dir, broken);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('<stdin>:4:9: error: operator/statefulset-not-implemented');
  });

  it('reports a missing file and a glob without matches, and still lints the rest', async () => {
    const run = await spawnCli(['lint', 'missing.yaml', 'none/**/*.yaml', 'good.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot read missing.yaml');
    expect(run.stderr).toContain('no values files match none/**/*.yaml');
  });

  it('exits 2 without a file', async () => {
    expect((await spawnCli(['lint'], dir)).code).toBe(2);
  });

  it('decodes a UTF-16 file with a BOM, as Helm does, and finds its problems at their lines', async () => {
    const run = await spawnCli(['lint', 'utf16.yaml'], dir);
    expect(run.stdout).toContain('utf16.yaml:4:9: error: operator/statefulset-not-implemented');
  });
});

describe('user text in problems cannot forge output', { timeout: 60_000 }, () => {
  it('a value holding a problem line stays inside one escaped line', async () => {
    for (const format of ['text', 'sarif', 'json']) {
      const run = await spawnCli(['lint', 'forged.yaml', '--format', format], dir);
      expect(run.stdout).not.toMatch(/^values\.yaml:1:1: info: all good/m);
      if (format === 'text') {
        for (const line of run.stdout.trim().split('\n')) expect(line).toMatch(problemLine);
        expect(run.stdout).toContain('x\\nvalues.yaml:1:1: info: all good');
      }
    }
  });

  it('escape sequences, BEL and NUL are shown as \\u escapes, never sent to the terminal', async () => {
    const run = await spawnCli(['lint', 'escapes.yaml'], dir);
    expect(run.stdout).toContain('\\u001b]0;pwned\\u0007\\u001b[2J\\u0000');
    // eslint-disable-next-line no-control-regex
    expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });
});
