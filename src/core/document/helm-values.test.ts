import { describe, expect, it } from 'vitest';
import { parseValuesText } from './parse-values-text.ts';
import { goFloat32Key } from './helm-values.ts';

function refusal(text: string) {
  const parsed = parseValuesText(text);
  expect(parsed.ok).toBe(false);
  return parsed.diagnostics.find((d) => d.ruleId === 'yaml/helm-refuses');
}

function values(text: string): unknown {
  const parsed = parseValuesText(text);
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(parsed.ok).toBe(true);
  return parsed.values;
}

describe('values as Helm builds them (go-yaml v2, then sigs.k8s.io/yaml JSON)', () => {
  it('names keys as sigs.k8s.io/yaml does', () => {
    expect(values('yes: a\nn: b\n0x10: c\n1.5: d\n1e6: e\n12345678901234567: f\n')).toEqual({
      true: 'a',
      false: 'b',
      16: 'c',
      '1.5': 'd',
      '1e+06': 'e',
      '12345678901234567': 'f',
    });
  });

  it('refuses null keys and uint64 keys, which JSON cannot hold', () => {
    expect(refusal('a: 1\n~: 2\n')?.message).toContain('unsupported map key of type: %!s(<nil>)');
    expect(refusal('a:\n  18446744073709551615: x\n')?.message).toContain(
      'unsupported map key of type: uint64',
    );
    expect(values('a:\n  9223372036854775807: x\n')).toEqual({
      a: { '9223372036854775807': 'x' },
    });
  });

  it('refuses list and map keys at their line', () => {
    const list = refusal('a: 1\nb:\n  [1, 2]: x\n');
    expect(list?.message).toContain('invalid map key');
    expect(list?.range?.line).toBe(3);
    expect(refusal('{a: 1}: x\n')?.message).toContain('a map cannot be a map key');
  });

  it('refuses NaN and infinities, which JSON cannot print, and accepts them quoted', () => {
    expect(refusal('a:\n  b: .nan\n')?.message).toContain('json: unsupported value: NaN');
    expect(refusal('a: -.inf\n')?.message).toContain('-Inf');
    expect(values('a: ".nan"\n')).toEqual({ a: '.nan' });
  });

  it('merges as go-yaml v2 does: a later merge overrides an earlier key, earlier list maps win', () => {
    expect(values('b: &b {x: 1, z: 2}\na:\n  x: 0\n  <<: *b\n')).toMatchObject({
      a: { x: 1, z: 2 },
    });
    expect(values('a:\n  <<: *b\n  x: 0\n'.replace('*b', '{x: 1}'))).toEqual({ a: { x: 0 } });
    expect(values('a:\n  <<: [{x: 1}, {x: 2, z: 3}]\n')).toEqual({ a: { x: 1, z: 3 } });
    expect(values('a:\n  "<<": 1\n')).toEqual({ a: { '<<': 1 } });
    expect(refusal('a:\n  <<: 1\n')?.message).toContain('map merge requires map');
  });

  it('reports an undefined alias at its own line, and a circular one', () => {
    const undefinedAlias = refusal('a: 1\nb:\n  c: 2\n  d: *nope\n');
    expect(undefinedAlias?.message).toContain("unknown anchor 'nope' referenced");
    expect(undefinedAlias?.range).toMatchObject({ line: 4, col: 6 });
    expect(refusal('a: &x {b: *x}\n')?.message).toContain('value contains itself');
  });

  // The alias bomb Helm refuses is in parse-values-text.test.ts.
  it("applies go-yaml v2's alias budget, not a fixed count", () => {
    const many = `x: &x {a: 1}\n${Array.from({ length: 500 }, (_, i) => `k${i}: *x`).join('\n')}\n`;
    expect((values(many) as Record<string, unknown>).k499).toEqual({ a: 1 });
  });
});

describe('explicit tags, as go-yaml v2 resolves them', () => {
  it('accepts a tag the value fits and refuses one it does not', () => {
    expect(values('a: !!float 5\nb: !!int "0o17"\nc: !!str 0777\nd: !!bool yes\n')).toEqual({
      a: 5,
      b: 15,
      c: '0777',
      d: true,
    });
    const parsed = parseValuesText('a: !!int 1.5\n');
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics[0]?.message).toContain('cannot decode !!float `1.5` as a !!int');
  });
});

describe('goFloat32Key', () => {
  it.each([
    [1.5, '1.5'],
    [0.1, '0.1'],
    [1e6, '1e+06'],
    [123456, '123456'],
    [1234567.5, '1.2345675e+06'],
    [1e-5, '1e-05'],
    [0.0001, '0.0001'],
    [-0, '-0'],
    [1e40, '.inf'],
    [NaN, '.nan'],
  ])('names the float key %d %j', (value, key) => {
    expect(goFloat32Key(value)).toBe(key);
  });
});
