import { describe, expect, it } from 'vitest';
import { parseValuesText } from './parse-values-text.ts';

function refusals(text: string) {
  return parseValuesText(text).diagnostics.filter((d) => d.ruleId === 'yaml/helm-refuses');
}

describe('files Helm refuses before reading a value', () => {
  it.each([
    ['NUL', 'a: "x\0y"\n'],
    ['ESC', 'a: b\x1bc\n'],
    ['BEL in a comment', 'a: b # \x07\n'],
    ['DEL', 'a: b\x7f\n'],
    ['a C1 control', 'a: b\x81\n'],
    ['U+FFFE', 'a: b\ufffe\n'],
    ['a lone surrogate', 'a: b\ud800\n'],
  ])('refuses %s at its place: "control characters are not allowed"', (_, text) => {
    const [refusal] = refusals(text);
    expect(refusal?.message).toContain('yaml: control characters are not allowed');
    expect(refusal?.range?.line).toBe(1);
    expect(refusal?.source).toContain('goyaml.v2/readerc.go');
    expect(parseValuesText(text).ok).toBe(false);
  });

  it.each([
    ['tab', 'a:\n  - "x\ty"\n'],
    ['NEL', 'a: b\x85c\n'],
    ['a BOM at the start', '\ufeffa: b\n'],
    ['an emoji', 'a: b\u{1f600}\n'],
    ['escaped controls', 'a: "\\0\\a\\e\\x7f"\n'],
  ])('accepts %s', (_, text) => {
    expect(refusals(text)).toEqual([]);
    expect(parseValuesText(text).ok).toBe(true);
  });

  it('refuses %YAML 1.2 ("found incompatible YAML document") and accepts %YAML 1.1', () => {
    const [refusal] = refusals('%YAML 1.2\n---\na: 1\n');
    expect(refusal?.message).toContain('found incompatible YAML document');
    expect(refusal?.range).toMatchObject({ line: 1, col: 1 });
    expect(refusals('%YAML 1.1\n---\na: 1\n')).toEqual([]);
  });

  it('refuses escapes of surrogates or beyond U+10FFFF in double quotes only', () => {
    const [refusal] = refusals('a: ok\nb: "x\\uD800"\n');
    expect(refusal?.message).toContain('found invalid Unicode character escape code');
    expect(refusal?.range).toMatchObject({ line: 2, col: 6 });
    expect(refusals('a: "\\U00110000"\n')).toHaveLength(1);
    expect(refusals('"\\udc00": 1\n')).toHaveLength(1);
    for (const text of [
      'a: "\\u00e9\\U0001F600"\n',
      "a: '\\uD800'\n",
      'a: \\uD800\n',
      'a: "\\\\uD800"\n',
    ])
      expect(refusals(text)).toEqual([]);
  });

  it.each([
    ['a tab-only line after a value', 'a: 1\n\t\nb: 2\n', 2],
    ['a tab before a comment', 'a:\n\t# c\n  b: 1\n', 2],
    ['a tab after a list dash', 'a:\n  - \t1\n', 2],
    ['a tab right after the dash', 'a:\n  -\t1\n', 2],
    ['a tab after a complex-key mark', 'a:\n  ? \tk\n  : 1\n', 2],
  ])('refuses %s at its line, as go-yaml v2 does', (_, text, line) => {
    const [refusal] = refusals(text);
    expect(refusal?.message).toContain('found character that cannot start any token');
    expect(refusal?.range?.line).toBe(line);
  });

  it.each([
    ['a tab after a colon', 'a:\t1\n'],
    ['a tab between flow items', 'a: [1,\t2]\n'],
    ['a tab after spaces on a blank line', 'a: b\n  \t\nc: 1\n'],
    ['a tab after a dash inside a block scalar', 'a: |\n  - \tb\n'],
  ])('accepts %s', (_, text) => {
    expect(refusals(text)).toEqual([]);
    expect(parseValuesText(text).ok).toBe(true);
  });

  it('calls a deep file a studio limit unless Helm refuses it too', () => {
    const deep = parseValuesText(`${'['.repeat(2000)}${']'.repeat(2000)}`);
    expect(deep.diagnostics[0]?.message).toContain('limit of the studio, not of Helm');
    const deeper = parseValuesText(`${'['.repeat(10001)}${']'.repeat(10001)}`);
    expect(deeper.diagnostics[0]?.message).toContain('exceeded max depth of 10000');
  });
});
