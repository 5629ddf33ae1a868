import { readFileSync } from 'node:fs';
import { decodeTextFile } from './decode-text-file.ts';
import { expandFileArgs, type ExpandedFiles } from './expand-file-args.ts';

/** What a CLI command may touch: injected so commands are tested without a process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a text file (`-`: standard input), decoded as Helm decodes it; throws a readable Error. */
  readFile(path: string): string;
  /** Files, folders and globs to file names; without it, arguments are file names as they are. */
  expandFiles?(args: readonly string[]): ExpandedFiles;
}

/** Exit codes shared by every command. */
export const ExitCode = { ok: 0, failed: 1, usage: 2 } as const;

/** The name problems of standard input are reported under. */
export const stdinName = '<stdin>';

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => {
    // File descriptor 0 is standard input; `/dev/fd/N` (a shell's `<(…)`) reads as a file.
    const decoded = decodeTextFile(readFileSync(path === '-' ? 0 : path));
    if ('error' in decoded) throw new Error(decoded.error);
    return decoded.text;
  },
  expandFiles: expandFileArgs,
};
