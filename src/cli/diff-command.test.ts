import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './spawn-cli.ts';

const values = (image: string, maxReplicas: number) =>
  `name: demo\nnamespace: team\ntransport: rabbitmq\nscaling:\n  enabled: true\n  maxReplicas: ${maxReplicas}\nworkload:\n  template:\n    spec:\n      containers:\n      - name: asya-runtime\n        image: ${image}\n        env:\n        - {name: ASYA_HANDLER, value: h.f}\n`;

/** A scratch git repository whose main has one values file, changed in the work tree. */
function scratchRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diff-git-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir });
  git('init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'values.yaml'), values('img:1', 5));
  git('add', 'values.yaml');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'values');
  writeFileSync(join(dir, 'values.yaml'), values('img:2', 8));
  return dir;
}

/** Runs a shell line (bash: process substitution) with the built binary as `actor-studio`. */
function shell(line: string, cwd: string): { code: number; stdout: string; stderr: string } {
  const binary = join(repoRoot, 'bin/actor-studio.mjs');
  try {
    const stdout = execFileSync('bash', ['-c', line.replace('actor-studio', `node ${binary}`)], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('actor-studio diff', { timeout: 60_000 }, () => {
  const dir = scratchRepository();

  it('diffs git main against the work tree through process substitution, object by object', () => {
    const run = shell('actor-studio diff <(git show main:values.yaml) values.yaml', dir);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      'operator stage: 2 objects changed, 0 added, 0 removed (2 unchanged); KEDA verdict changes',
    );
    expect(run.stdout).toContain(
      '    ~ spec.template.spec.containers[name=asya-runtime].image: "img:1" → "img:2"',
    );
    expect(run.stdout).toContain('    ~ spec.maxReplicaCount: 5 → 8');
  });

  it('prints a pull-request comment in Markdown, and JSON for tools', () => {
    const markdown = shell(
      'actor-studio diff <(git show main:values.yaml) values.yaml --format markdown',
      dir,
    ).stdout;
    expect(markdown).toMatch(/^\*\*actor-studio diff\*\*: operator stage: 2 objects changed/);
    expect(markdown).toContain('<details><summary>~ Deployment team/demo: 1 field</summary>');
    const json = JSON.parse(
      shell(
        'actor-studio diff <(git show main:values.yaml) values.yaml --format json --stage chart',
        dir,
      ).stdout,
    ) as { stage: string; objects: { kind: string; change: string }[] };
    expect(json.stage).toBe('chart');
    expect(json.objects).toEqual([
      expect.objectContaining({ kind: 'AsyncActor', change: 'changed' }),
    ]);
  });

  it('exits 1 with the located problem when a file does not parse, 2 on usage errors', () => {
    writeFileSync(join(dir, 'broken.yaml'), 'name: [demo\n');
    const broken = shell('actor-studio diff values.yaml broken.yaml', dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^broken\.yaml:\d+:\d+: error: /);
    expect(shell('actor-studio diff values.yaml', dir).code).toBe(2);
    expect(shell('actor-studio diff a b --format html', dir).code).toBe(2);
  });
});
