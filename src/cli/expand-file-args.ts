import { statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

/** The files named by command-line arguments, and the arguments that named none. */
export interface ExpandedFiles {
  files: string[];
  unmatched: string[];
}

/** What a folder argument stands for: its YAML files, outside dependencies and VCS folders. */
const valuesFilesIn = ['**/*.yaml', '**/*.yml'];
const skipped = ['**/node_modules/**', '**/.git/**'];

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

function expandOne(arg: string): string[] {
  if (arg === '-') return [arg];
  if (isDirectory(arg)) {
    return globSync(valuesFilesIn, { cwd: arg, ignore: skipped, onlyFiles: true })
      .sort()
      .map((file) => join(arg, file));
  }
  // The shell expands globs it sees; a quoted one ('actors/**/*.yaml') arrives here.
  if (isDynamicPattern(arg)) return globSync(arg, { ignore: skipped, onlyFiles: true }).sort();
  return [arg];
}

/**
 * Files, folders (their `*.yaml` and `*.yml`, recursively) and globs, in argument order, each
 * file once. A plain path is kept even when missing, so reading it reports why; a folder or
 * glob that matches nothing is returned in `unmatched`.
 */
export function expandFileArgs(args: readonly string[]): ExpandedFiles {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    const found = expandOne(arg);
    if (found.length === 0) unmatched.push(arg);
    for (const file of found) if (file === '-' || !files.includes(file)) files.push(file);
  }
  return { files, unmatched };
}
