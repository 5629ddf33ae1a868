import { describe, expect, it } from 'vitest';
import { highlightYamlLine } from './highlight-yaml.ts';

describe('highlightYamlLine', () => {
  it('splits a key and a value', () => {
    expect(highlightYamlLine('  minReplicaCount: 0')).toEqual([
      { text: '  ', kind: 'punctuation' },
      { text: 'minReplicaCount', kind: 'key' },
      { text: ': ', kind: 'punctuation' },
      { text: '0', kind: 'number' },
    ]);
  });

  it('handles list items, quoted strings, booleans and comments', () => {
    expect(highlightYamlLine('- name: "x" # note').map((t) => t.kind)).toEqual([
      'punctuation',
      'key',
      'punctuation',
      'string',
      'comment',
    ]);
    expect(highlightYamlLine('    - python3').map((t) => t.kind)).toEqual(['punctuation', 'plain']);
    expect(highlightYamlLine('enabled: true').at(-1)).toEqual({ text: 'true', kind: 'boolean' });
  });

  it('keeps every character of the line', () => {
    for (const line of ['a: b: c', 'image: repo/x:1.0', '  - "a: b"', 'url: http://x#y', '']) {
      expect(
        highlightYamlLine(line)
          .map((t) => t.text)
          .join(''),
      ).toBe(line);
    }
  });
});
