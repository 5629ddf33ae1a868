import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandFileArgs } from './expand-file-args.ts';

describe('expandFileArgs', () => {
  const cwd = process.cwd();
  beforeEach(() => {
    const root = mkdtempSync(join(tmpdir(), 'expand-'));
    for (const file of [
      'a.yaml',
      'actors/x/values.yaml',
      'actors/y/values.yml',
      'actors/y/notes.txt',
      'actors/node_modules/dep.yaml',
    ]) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), 'name: x\n');
    }
    process.chdir(root);
  });
  afterEach(() => process.chdir(cwd));

  it('keeps files, walks folders for YAML files and expands quoted globs, each file once', () => {
    expect(expandFileArgs(['a.yaml', 'actors', 'actors/**/*.yaml', '-'])).toEqual({
      files: ['a.yaml', 'actors/x/values.yaml', 'actors/y/values.yml', '-'],
      unmatched: [],
    });
  });

  it('keeps a missing plain path for the reader to report, and lists globs that match nothing', () => {
    expect(expandFileArgs(['missing.yaml', 'nothing/**/*.yaml'])).toEqual({
      files: ['missing.yaml'],
      unmatched: ['nothing/**/*.yaml'],
    });
  });
});
