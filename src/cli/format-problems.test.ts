import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { spawnCli } from './spawn-cli.ts';

/**
 * The official SARIF 2.1.0 schema (OASIS, as published on SchemaStore: sarif-2.1.0-rtm.5.json),
 * shipped by Microsoft's SARIF JS SDK package @microsoft/jest-sarif. It is a draft-04 schema.
 */
const schemaFile = createRequire(import.meta.url).resolve(
  '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
);
// The schema's `language` pattern (`…{2}]?$`) is not valid with the `u` flag; JSON Schema
// patterns are ECMA-262 without it, so compile them that way.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);

describe('lint --format sarif', { timeout: 60_000 }, () => {
  it('is valid SARIF 2.1.0 for errors, warnings and notes, with ranges and odd file names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sarif-'));
    // A partial scaling block under asya-actor is an info (a SARIF note); a zero cooldown the
    // operator's first write drops is a warning.
    writeFileSync(
      join(dir, 'partial scaling.yaml'),
      'name: demo\ntransport: rabbitmq\nscaling:\n  enabled: true\n  cooldownPeriod: 0\n',
    );
    const run = await spawnCli([
      'lint',
      'corpus/hostile/wrong-types.yaml',
      'corpus/hostile/nul-byte.yaml',
      'corpus/hostile/syntax-unclosed-flow.yaml',
      join(dir, 'partial scaling.yaml'),
      '--profile',
      'asya-actor',
      '--format',
      'sarif',
    ]);
    const log = JSON.parse(run.stdout) as {
      runs: { results: { level: string; locations: unknown[] }[] }[];
    };
    const levels = new Set(log.runs[0]?.results.map((r) => r.level));
    expect([...levels].sort()).toEqual(['error', 'note', 'warning']);
    expect(validateSarif(log), ajv.errorsText(validateSarif.errors)).toBe(true);
  });

  it('is valid with no results, and for standard input', async () => {
    const run = await spawnCli(['lint', '-', '--format', 'sarif'], undefined, 'name: [\n');
    expect(validateSarif(JSON.parse(run.stdout)), ajv.errorsText(validateSarif.errors)).toBe(true);
    const empty = await spawnCli(['lint', '--format', 'sarif', '-'], undefined, 'name: demo\n');
    expect(validateSarif(JSON.parse(empty.stdout)), ajv.errorsText(validateSarif.errors)).toBe(
      true,
    );
  });

  it('is refused by the schema when broken, so the check can fail', () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
  });
});
