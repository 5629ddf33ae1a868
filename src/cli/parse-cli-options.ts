import { ExitCode, type CliIo } from './cli-io.ts';

/** Options a command accepts: each takes one value, and may restrict it to a set. */
export type OptionSpec = Record<string, { values?: readonly string[] }>;

export interface ParsedCliOptions {
  positionals: string[];
  options: Record<string, string>;
  help: boolean;
}

/** `--name value` and `--name=value`; returns a usage message instead of throwing. */
export function parseCliOptions(
  args: readonly string[],
  spec: OptionSpec,
): ParsedCliOptions | string {
  const parsed: ParsedCliOptions = { positionals: [], options: {}, help: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      parsed.help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      parsed.positionals.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    const option = spec[name];
    if (!option) return `unknown option --${name}`;
    const value = inline ?? args[++i];
    if (value === undefined || value === '') return `option --${name} needs a value`;
    if (option.values && !option.values.includes(value)) {
      return `option --${name} must be one of ${option.values.join(', ')} (got "${value}")`;
    }
    parsed.options[name] = value;
  }
  return parsed;
}

/** Says what is wrong with a command line, followed by the command's usage; returns the usage exit code. */
export function reportUsageError(io: CliIo, command: string, usage: string, why: string): number {
  io.stderr(`actor-studio ${command}: ${why}\n\n${usage}`);
  return ExitCode.usage;
}

/**
 * A command's arguments, or the exit code when the command has answered already: its usage for
 * `--help`, or what is wrong (an option, or `problem` with what was given) and its usage.
 */
export function parseCommandArgs(
  args: readonly string[],
  command: { name: string; options: OptionSpec; usage: string },
  io: CliIo,
  problem: (parsed: ParsedCliOptions) => string | undefined,
): ParsedCliOptions | number {
  const parsed = parseCliOptions(args, command.options);
  if (typeof parsed === 'string') return reportUsageError(io, command.name, command.usage, parsed);
  if (parsed.help) {
    io.stdout(command.usage);
    return ExitCode.ok;
  }
  const why = problem(parsed);
  return why === undefined ? parsed : reportUsageError(io, command.name, command.usage, why);
}
