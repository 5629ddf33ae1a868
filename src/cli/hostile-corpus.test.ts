import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseValuesText } from '@/core/document/index.ts';
import { runPipeline } from '@/core/pipeline/index.ts';
import { validateValues } from '@/core/validation/index.ts';
import { processIo } from './cli-io.ts';
import { runLintCommand } from './lint-command.ts';
import { repoRoot, spawnCli } from './spawn-cli.ts';

const corpusDir = join(repoRoot, 'corpus/hostile');
const corpus = readdirSync(corpusDir).map((name) => join(corpusDir, name));

/** 5 MB of labels: generated here rather than committed. */
function generateLargeFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  const lines = ['name: big-actor', 'transport: rabbitmq', 'labels:'];
  let size = 0;
  for (let i = 0; size < 5 * 1024 * 1024; i++) {
    const line = `  label-${i}: "value number ${i} for a five megabyte file"`;
    lines.push(line);
    size += line.length + 1;
  }
  lines.push(
    'workload:',
    '  template:',
    '    spec:',
    '      containers:',
    '      - name: asya-runtime',
    '        image: python:3.13-slim',
    '',
  );
  const file = join(dir, 'five-megabytes.yaml');
  writeFileSync(file, lines.join('\n'));
  return file;
}
const largeFile = generateLargeFile();

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const problemLine = /^(.+):(\d+):(\d+): (error|warning|info): [a-z0-9-]+\/[a-z0-9-]+: \S/;

function checkOutput(file: string, code: number, stdout: string, stderr: string): void {
  expect([0, 1], `exit code of ${file}`).toContain(code);
  const output = stdout + stderr;
  expect(output, 'no stack trace').not.toMatch(/\n\s+at \S+ \(|internal error|Error: /);
  for (const line of stdout.split('\n').filter(Boolean)) {
    const match = problemLine.exec(line);
    expect(match, `a located problem line: ${line.slice(0, 200)}`).not.toBeNull();
    expect(match?.[1]).toBe(file);
  }
  if (code === 1) expect(stdout + stderr).not.toBe('');
}

// In-process: every corpus file through the lint command the binary runs, with the real file reader.
describe('actor-studio lint on the hostile corpus (in-process)', () => {
  it.each([...corpus, largeFile])(
    '%s: exit 0 or 1, located problems, no stack trace',
    { timeout: 60_000 },
    async (file) => {
      let stdout = '';
      let stderr = '';
      const started = Date.now();
      const code = await runLintCommand([file], {
        ...processIo,
        stdout: (t) => void (stdout += t),
        stderr: (t) => void (stderr += t),
      });
      // A hang guard, not a timing test.
      expect(Date.now() - started).toBeLessThan(40_000);
      checkOutput(file, code, stdout, stderr);
    },
  );
});

// Through the binary itself (a fresh process each, so a few kinds rather than every file).
describe('actor-studio lint on the hostile corpus (spawned binary)', () => {
  const picks = [
    'syntax-unclosed-flow.yaml',
    'alias-bomb.yaml',
    'deep-nesting-flow.yaml',
    'nul-byte.yaml',
    'invalid-utf8.yaml',
    'prototype-keys.yaml',
    'formula-property-access.yaml',
    'wrong-types.yaml',
  ];
  it.concurrent.each(picks)('%s', { timeout: 120_000 }, async (name) => {
    const file = join('corpus/hostile', name);
    const { code, stdout, stderr } = await spawnCli(['lint', file]);
    checkOutput(file, code, stdout, stderr);
  });
});

describe('__proto__, constructor and prototype keys', () => {
  it('stay data: no object prototype changes, and the values hold them as own keys', () => {
    for (const name of ['prototype-keys.yaml', 'prototype-merge-key.yaml']) {
      const parsed = parseValuesText(readFileSync(join(corpusDir, name), 'utf8'));
      validateValues(parsed, { profile: 'asya-test-actor' });
      for (const profile of ['asya-test-actor', 'asya-actor'] as const)
        runPipeline(parsed.values, { profile });
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    }
    const values = parseValuesText(readFileSync(join(corpusDir, 'prototype-keys.yaml'), 'utf8'))
      .values as Record<string, unknown>;
    expect(Object.hasOwn(values, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
  });
});
