import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runGoldenCase } from '@/core/conformance/run-golden-case.ts';
import { runVectorFile } from '@/core/conformance/run-vector-file.ts';
import type { ConformanceResult } from '@/core/conformance/conformance-result.ts';

/** Reads every regular file of one case folder into memory, keyed by file name. */
function readCaseFolder(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder)) {
    const full = join(folder, entry);
    if (statSync(full).isFile()) files[entry] = readFileSync(full, 'utf8');
  }
  return files;
}

/** A path is a case folder (has values.yaml), a folder of case folders, or a vector JSON file. */
function runPath(path: string): ConformanceResult[] {
  if (!existsSync(path)) return [{ id: path, passed: false, detail: 'no such file or folder' }];
  if (statSync(path).isFile()) return runVectorFile(readFileSync(path, 'utf8'), basename(path));
  if (existsSync(join(path, 'values.yaml')))
    return [runGoldenCase(basename(path), readCaseFolder(path))];
  return readdirSync(path)
    .sort()
    .map((entry) => join(path, entry))
    .filter((entry) => statSync(entry).isDirectory() && existsSync(join(entry, 'values.yaml')))
    .flatMap(runPath);
}

const paths = process.argv.slice(2);
if (paths.length === 0) {
  process.stderr.write(
    'Usage: npm run conformance -- <case-folder | folder-of-cases | vectors.json>…\n',
  );
  process.exit(2);
}
const results = paths.flatMap(runPath);
for (const result of results.filter((r) => !r.passed)) {
  process.stdout.write(`FAIL ${result.id}\n${result.detail ?? ''}\n\n`);
}
const failed = results.filter((r) => !r.passed).length;
process.stdout.write(`${results.length - failed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
