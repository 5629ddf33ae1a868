import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printValuesYaml, readYaml } from '@/core/document/index.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './spawn-cli.ts';

const good =
  'name: demo\nnamespace: team\nworkload:\n  template:\n    spec:\n      containers:\n      - name: asya-runtime\n        image: img:1\n        env:\n        - {name: ASYA_HANDLER, value: h.f}\n';
const broken = good.replace('workload:\n', 'workload:\n  kind: StatefulSet\n');

let dir = '';
let env: NodeJS.ProcessEnv = {};
const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });

beforeAll(async () => {
  const { default: ensurePreCommit } = (await import(
    join(repoRoot, 'scripts/ensure-pre-commit.mjs')
  )) as { default: () => void };
  ensurePreCommit();
  dir = mkdtempSync(join(tmpdir(), 'pre-commit-'));
  // `actor-studio` on PATH, as an installed package puts it there.
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  writeFileSync(
    join(bin, 'actor-studio'),
    `#!/bin/sh\nexec "${process.execPath}" "${join(repoRoot, 'bin/actor-studio.mjs')}" "$@"\n`,
  );
  chmodSync(join(bin, 'actor-studio'), 0o755);
  env = {
    ...process.env,
    PATH: `${bin}:${process.env.PATH ?? ''}`,
    PRE_COMMIT_HOME: join(dir, '.cache'),
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
  };
  const repo = join(dir, 'repo');
  mkdirSync(repo);
  dir = repo;
  git('init', '-q');
  // The hook exactly as .pre-commit-hooks.yaml defines it, run as a local hook: pre-commit's
  // `language: node` would npm-install this repository first, which needs the network.
  const [hook] = readYaml(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Record<
    string,
    unknown
  >[];
  writeFileSync(
    join(repo, '.pre-commit-config.yaml'),
    printValuesYaml({ repos: [{ repo: 'local', hooks: [{ ...hook, language: 'system' }] }] }),
  );
  execFileSync('pre-commit', ['install'], { cwd: repo, env });
  git('add', '.pre-commit-config.yaml');
  expect(git('commit', '-qm', 'config').status).toBe(0);
}, 600_000);

describe('the pre-commit hook, run by the real pre-commit', () => {
  it('refuses a commit with a broken values file, naming the problem at its line', () => {
    mkdirSync(join(dir, 'actors'));
    writeFileSync(join(dir, 'actors/values.yaml'), broken);
    git('add', 'actors/values.yaml');
    const commit = git('commit', '-m', 'broken actor');
    expect(commit.status).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain(
      'actors/values.yaml:4:9: error: operator/statefulset-not-implemented',
    );
    expect(git('log', '--oneline').stdout.trim().split('\n')).toHaveLength(1);
  }, 120_000);

  it('lets a good values file through', () => {
    writeFileSync(join(dir, 'actors/values.yaml'), good);
    git('add', 'actors/values.yaml');
    const commit = git('commit', '-m', 'good actor');
    expect(commit.stdout + commit.stderr).toMatch(/actor-studio lint\.+Passed/);
    expect(commit.status).toBe(0);
  }, 120_000);
});
