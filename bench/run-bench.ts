/**
 * Prints the studio's speed and size figures, each with its goal. Figures, not pass/fail:
 * timing on a shared machine varies, so nothing here is asserted in tests.
 */
import { execSync } from 'node:child_process';
import { measureFirstLoad } from './first-load.ts';

interface Figure {
  label: string;
  value: string;
  goal: string;
  met: boolean;
}

const figures: Figure[] = [];
const print = (f: Figure) =>
  console.log(`${f.met ? 'ok  ' : 'MISS'} ${f.label}: ${f.value} (goal ${f.goal})`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function record(f: Figure) {
  figures.push(f);
  print(f);
}

async function timedFigures() {
  const modules = [
    import('./document-bench.ts').then((m) => [m.benchParseValidate()]),
    import('./pipeline-bench.ts').then((m) => [m.benchPipeline()]),
    import('./scaling-bench.ts').then((m) => [m.benchSweep(), m.benchTimeline()]),
  ];
  for (const pending of modules) {
    for (const result of await pending) {
      record({
        label: result.label,
        value: `${result.medianMs.toFixed(3)} ms median`,
        goal: `≤ ${result.goalMs} ms`,
        met: result.medianMs <= result.goalMs,
      });
    }
  }
}

function sizeFigures() {
  if (!process.argv.includes('--no-build'))
    execSync('npx vite build --logLevel error', { stdio: 'inherit' });
  const size = measureFirstLoad('dist');
  record({
    label: 'first-load bytes (gzip, without Monaco)',
    value: kb(size.firstLoadGzipBytes),
    goal: '≤ 124 KB',
    met: size.firstLoadGzipBytes <= 124 * 1024,
  });
  console.log(`     first-load files: ${size.firstLoadFiles.join(', ')}`);
  record({
    label: 'test hooks in the production bundle',
    value: size.testHookFiles.length === 0 ? 'none' : size.testHookFiles.join(', '),
    goal: 'none',
    met: size.testHookFiles.length === 0,
  });
  record({
    label: 'total bytes (gzip, everything incl. Monaco and workers)',
    value: kb(size.totalGzipBytes),
    goal: 'informational',
    met: true,
  });
}

async function cliFigures() {
  const { benchCli } = await import('./cli-bench.ts');
  for (const f of benchCli()) record(f);
}

async function browserFigures() {
  const { measureInBrowser } = await import('./browser-bench.ts');
  for (const f of await measureInBrowser()) record(f);
}

console.log('Actor Studio benchmarks (node ' + process.version + ')');
await timedFigures();
await cliFigures();
sizeFigures();
if (!process.argv.includes('--no-browser')) await browserFigures();
const missed = figures.filter((f) => !f.met).length;
console.log(`\n${figures.length} figures, ${missed} over their goal.`);
