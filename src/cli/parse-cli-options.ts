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
