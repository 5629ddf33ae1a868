import { describe, expect, it } from 'vitest';
import { stripSecretLines } from './strip-secret-lines.ts';

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
});
