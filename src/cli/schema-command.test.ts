import { describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io.ts';
import { runSchemaCommand } from './schema-command.ts';

function run(args: string[]) {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readFile: () => '',
  };
  return runSchemaCommand(args, io as unknown as CliIo).then((code) => ({ code, ...io }));
}

describe('actor-studio schema', () => {
  it("prints one actor's values schema, and with --profile asya-actor the actors: form too", async () => {
    const single = await run([]);
    expect(single.code).toBe(0);
    const actor = JSON.parse(single.out) as { properties: Record<string, unknown> };
    expect(actor.properties).toHaveProperty('scaling');
    expect(actor.properties).not.toHaveProperty('actors');
    const shipped = await run(['--profile', 'asya-actor']);
    const release = JSON.parse(shipped.out) as { properties: Record<string, unknown> };
    expect(release.properties).toHaveProperty('actors');
    expect(release.properties).toHaveProperty('default');
  });

  it('refuses an unknown profile as a usage error', async () => {
    const result = await run(['--profile', 'nope']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('actor-studio schema');
  });
});
