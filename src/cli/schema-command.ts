import { chartProfileIds } from '@/core/chart/chart-profile.ts';
import { releaseValuesSchema } from '@/core/export/release-bundle.ts';
import { editorValuesJsonSchema } from '@/core/schema/index.ts';
import { ExitCode, type CliIo } from './cli-io.ts';
import { parseCommandArgs } from './parse-cli-options.ts';

export const schemaUsage = `Usage: actor-studio schema [--profile <id>]

Prints the JSON Schema of actor values (draft-07), for yaml-language-server, VS Code's YAML
extension or any JSON Schema validator. Unknown keys at the actor level and in scaling,
scaling.advanced, workload and timeout are refused, as the studio warns about them. Point a
values file at it with a first line:
  # yaml-language-server: $schema=./values.schema.json

Options:
  --profile <id>        ${chartProfileIds.join(' | ')} (default asya-test-actor); asya-actor also
                        accepts the shipped chart's \`actors:\` list and \`default\` blocks

Exit codes: 0 printed, 2 usage error.
`;

/** `actor-studio schema`: the values JSON Schema editors validate against. */
export function runSchemaCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { name: 'schema', options: { profile: { values: chartProfileIds } }, usage: schemaUsage },
    io,
    (p) => (p.positionals.length > 0 ? 'takes no files' : undefined),
  );
  if (typeof parsed === 'number') return Promise.resolve(parsed);
  const actor = editorValuesJsonSchema() as Record<string, unknown>;
  const schema = parsed.options.profile === 'asya-actor' ? releaseValuesSchema(actor) : actor;
  io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
  return Promise.resolve(ExitCode.ok);
}
