import { processIo, ExitCode, type CliIo } from './cli-io.ts';

type Command = (args: string[], io: CliIo) => Promise<number> | number;

const usage = `Usage: actor-studio <command> [options]

Commands:
  render <values.yaml>    print the manifests of one stage (chart, stored, operator)
  lint <values.yaml>      report every problem in a values file
  simulate <values.yaml>  replicas across queue lengths, or over time with --scenario
  diff <before> <after>   what a values change changes in the cluster, object by object
  schema                  the values JSON Schema, for editors (yaml-language-server)
  serve [--port N]        the studio itself, served from this package on a local port

Run "actor-studio <command> --help" for the options of a command.
`;

async function loadCommand(name: string): Promise<Command | undefined> {
  switch (name) {
    case 'render':
      return (await import('./render-command.ts')).runRenderCommand;
    case 'lint':
      return (await import('./lint-command.ts')).runLintCommand;
    case 'diff':
      return (await import('./diff-command.ts')).runDiffCommand;
    case 'schema':
      return (await import('./schema-command.ts')).runSchemaCommand;
    case 'serve':
      return (await import('./serve-command.ts')).runServeCommand;
    case 'simulate':
      return (await import('./simulate-command.ts')).runSimulateCommand;
    default:
      return undefined;
  }
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout(usage);
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.stderr(`actor-studio: unknown command "${name}"\n\n${usage}`);
    return ExitCode.usage;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    // A bug must still end in a message, never a stack trace for the user.
    io.stderr(
      `actor-studio: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return ExitCode.failed;
  }
}

// `actor-studio lint … | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE')
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  process.stderr.write(`actor-studio: cannot write the output: ${error.message}\n`);
  process.exit(1);
});
process.exitCode = await runCli(process.argv.slice(2), processIo);
