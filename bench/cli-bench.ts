/**
 * Cold CLI start-up against `node -e 0`, measured in the same minute, interleaved so machine
 * load hits every command alike; and many files in one call, start-up subtracted.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readmeExamples } from '@/core/examples/index.ts';

export interface CliFigure {
  label: string;
  value: string;
  goal: string;
  met: boolean;
}

const binary = fileURLToPath(new URL('../bin/actor-studio.mjs', import.meta.url));
const buildScript = fileURLToPath(new URL('../scripts/build-cli.mjs', import.meta.url));
const runs = 9;

function wallMs(args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} failed`);
  return performance.now() - start;
}

const median = (times: number[]) =>
  [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;

/** Median wall times of each command over `runs` rounds, one run of each per round. */
function interleaved(commands: Record<string, readonly string[]>): Record<string, number> {
  const times: Record<string, number[]> = {};
  for (let round = 0; round < runs; round++)
    for (const [name, args] of Object.entries(commands)) (times[name] ??= []).push(wallMs(args));
  return Object.fromEntries(Object.entries(times).map(([name, t]) => [name, median(t)]));
}

export function benchCli(): CliFigure[] {
  // The bundle users run, built from the current sources.
  spawnSync(process.execPath, [buildScript], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'cli-bench-'));
  const example = readmeExamples.find((e) => e.id === 'custom-image-and-resources');
  const one = join(dir, 'values.yaml');
  writeFileSync(one, example?.text ?? '');
  const many = join(dir, 'actors');
  mkdirSync(many);
  for (let i = 0; i < 100; i++) {
    const { text } = readmeExamples[i % readmeExamples.length] ?? { text: '' };
    writeFileSync(join(many, `actor-${i}.yaml`), text.replace(/^name: .*$/m, `name: actor-${i}`));
  }
  const t = interleaved({
    node: ['-e', '0'],
    lint: [binary, 'lint', one],
    render: [binary, 'render', '--stage', 'operator', one],
    many: [binary, 'lint', many],
  });
  const node = t.node ?? 1;
  const ratio = (ms = 0) => ms / node;
  const lint = ratio(t.lint);
  const render = ratio(t.render);
  const filesPerSecond = 99 / (((t.many ?? 0) - (t.lint ?? 0)) / 1000);
  return [
    {
      label: `cold \`actor-studio lint\` of one README example vs \`node -e 0\` (${node.toFixed(0)} ms)`,
      value: `${(t.lint ?? 0).toFixed(0)} ms = ${lint.toFixed(1)}×`,
      goal: '≤ 5×',
      met: lint <= 5,
    },
    {
      label: `cold \`actor-studio render --stage operator\` vs \`node -e 0\` (${node.toFixed(0)} ms)`,
      value: `${(t.render ?? 0).toFixed(0)} ms = ${render.toFixed(1)}×`,
      goal: '≤ 6×',
      met: render <= 6,
    },
    {
      label: `\`actor-studio lint\` of 100 files in one call (${(t.many ?? 0).toFixed(0)} ms), after start-up`,
      value: `${filesPerSecond.toFixed(0)} files/s`,
      goal: '≥ 100 files/s',
      met: filesPerSecond >= 100,
    },
  ];
}
