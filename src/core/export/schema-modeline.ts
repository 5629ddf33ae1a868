/**
 * The first-line comment yaml-language-server (VS Code's YAML extension and other editors)
 * reads to pick a file's schema: `# yaml-language-server: $schema=<path or URL>`. The path is
 * resolved against the values file, so the bundle's `values.schema.json` beside it works.
 */
const modeline = /^# yaml-language-server: \$schema=.*(\r?\n|$)/;

/** The values text starting with a schema line; an existing one is replaced, nothing else moves. */
export function withSchemaModeline(valuesText: string, schemaRef = './values.schema.json'): string {
  return `# yaml-language-server: $schema=${schemaRef}\n${valuesText.replace(modeline, '')}`;
}
