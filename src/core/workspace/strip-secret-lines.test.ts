import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printManifestYaml, printValuesYaml, readYaml } from '@/core/document/index.ts';
import type { ValuesPath } from '@/core/diagnostics/index.ts';
import { findSecretPaths } from './find-secret-paths.ts';
import { stripSecretLines } from './strip-secret-lines.ts';

/** `values` with each path set to "", as the path-based stripper leaves them. */
function blanked(values: unknown, paths: ValuesPath[]): unknown {
  const copy = JSON.parse(JSON.stringify(values)) as unknown;
  for (const path of paths) {
    let node = copy as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
    node[path[path.length - 1] ?? ''] = '';
  }
  return copy;
}

const keys = fc.constantFrom(
  'env',
  'extraEnv',
  'name',
  'value',
  'password',
  'apiToken',
  'passwordSecretRef',
  'config',
  'items',
);
const scalars = fc.constantFrom<unknown>(
  's3cr3t',
  'DB_PASSWORD',
  'HF_TOKEN',
  'ASYA_HANDLER',
  '',
  'yes',
  'a #b',
  "it's",
  'multi\nline\n',
  5,
  true,
  null,
);
const values = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    scalars,
    tie('map'),
    fc.array(tie('node'), { maxLength: 3 }),
  ),
  map: fc.dictionary(keys, tie('node'), { maxKeys: 4 }),
})).map;

describe('stripSecretLines (text that does not parse)', () => {
  it('blanks secret values, keeps keys, comments, quotes style and order', () => {
    const text = [
      'name: echo  # the actor',
      'awsAccessKeyId: AKIA123 # test only',
      "awsSecretAccessKey: 'se cret'   # quoted",
      'password: "a #b"',
      'passwordSecretRef: {name: s, key: password}',
      'awsSessionToken: ""',
      'broken: [',
    ].join('\n');
    const result = stripSecretLines(text);
    expect(result.text).toBe(
      [
        'name: echo  # the actor',
        'awsAccessKeyId: "" # test only',
        'awsSecretAccessKey: ""   # quoted',
        'password: ""',
        'passwordSecretRef: {name: s, key: password}',
        'awsSessionToken: ""',
        'broken: [',
      ].join('\n'),
    );
    expect(result.stripped).toEqual([
      { label: 'awsAccessKeyId', line: 2 },
      { label: 'awsSecretAccessKey', line: 3 },
      { label: 'password', line: 4 },
    ]);
  });

  it('blanks env values whose name looks secret and whole block scalars', () => {
    const text = [
      'env:',
      '  - name: HF_TOKEN',
      '    value: hf_abc',
      '  - name: ASYA_HANDLER',
      '    value: h.echo',
      'privateKey: |',
      '  -----BEGIN KEY-----',
      '',
      '  abc',
      '',
      'next: [',
    ].join('\r\n');
    const result = stripSecretLines(text);
    expect(result.text).toBe(
      [
        'env:',
        '  - name: HF_TOKEN',
        '    value: ""',
        '  - name: ASYA_HANDLER',
        '    value: h.echo',
        'privateKey: ""',
        '',
        'next: [',
      ].join('\r\n'),
    );
    expect(result.stripped).toEqual([
      { label: 'HF_TOKEN', line: 3 },
      { label: 'privateKey', line: 6 },
    ]);
  });

  it('reads `name`/`value` as an env entry only in a list under an env key, as the path pass does', () => {
    const text = [
      'name: DB_PASSWORD',
      'value: kept-1',
      'config:',
      '- name: DB_PASSWORD',
      '  value: kept-2',
      'env:',
      '- value: gone-1',
      '  name: DB_PASSWORD',
      '- value: kept-3',
      '- - name: HF_TOKEN',
      '    value: kept-4',
      'extraEnv:',
      '  - name: HF_TOKEN',
      '    nested:',
      '      value: kept-5',
      '    value: gone-2',
    ].join('\n');
    const result = stripSecretLines(text);
    expect(result.stripped).toEqual([
      { label: 'DB_PASSWORD', line: 7 },
      { label: 'HF_TOKEN', line: 16 },
    ]);
    expect(result.text).not.toMatch(/gone/);
    expect(result.text.match(/kept-\d/g)).toEqual([
      'kept-1',
      'kept-2',
      'kept-3',
      'kept-4',
      'kept-5',
    ]);
  });

  it('blanks exactly what the path-based rules find, for any block-style values', () => {
    fc.assert(
      fc.property(values, fc.constantFrom(printValuesYaml, printManifestYaml), (input, print) => {
        const text = print(input);
        const parsed = readYaml(text);
        const expected = blanked(parsed, findSecretPaths(parsed));
        expect(readYaml(stripSecretLines(text).text)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
