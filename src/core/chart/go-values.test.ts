import { describe, expect, it } from 'vitest';
import { goFloat, goString, goTruthy, printRaw, toYamlValue } from './go-values.ts';

describe('Go template value handling', () => {
  it.each([
    [0, '0'],
    [5, '5'],
    [999999, '999999'],
    [1000000, '1e+06'],
    [1500000, '1.5e+06'],
    [0.5, '0.5'],
    [0.00001, '1e-05'],
    [-2000000, '-2e+06'],
  ])('prints the float %s as %s', (value, text) => {
    expect(goFloat(value)).toBe(text);
  });

  it('treats empty and zero values as false, the string "false" as true', () => {
    for (const falsy of [false, 0, '', null, undefined, [], {}])
      expect(goTruthy(falsy)).toBe(false);
    for (const truthy of [true, 1, 'false', [0], { a: 1 }]) expect(goTruthy(truthy)).toBe(true);
  });

  it('formats maps and lists as Go does', () => {
    expect(goString({ b: 1, a: 'x' })).toBe('map[a:x b:1]');
    expect(goString([1, 'a'])).toBe('[1 a]');
  });

  it('reads a raw-printed value back as YAML (strings that look like numbers become numbers)', () => {
    expect(printRaw('20')).toBe(20);
    expect(printRaw('')).toBeNull();
    expect(printRaw(undefined)).toBeNull();
    expect(printRaw('yes')).toBe(true);
    expect(printRaw('rabbitmq')).toBe('rabbitmq');
    expect(printRaw(10)).toBe(10);
  });

  it('reads a printed text back the same way every time, a list as a list of its own', () => {
    for (let round = 0; round < 2; round++) {
      expect(printRaw('20')).toBe(20);
      expect(printRaw('~')).toBeNull();
      expect(() => printRaw('a: b', ['name'])).toThrow(/name: a: b/);
    }
    const list = printRaw(['a', 'b']);
    expect(list).toEqual(['a b']);
    expect(printRaw(['a', 'b'])).not.toBe(list);
  });

  it('sorts keys at every level for toYaml and keeps types', () => {
    const value = toYamlValue({ b: { d: 1, c: '10' }, a: [{ z: 1, y: 2 }] }) as Record<
      string,
      unknown
    >;
    expect(Object.keys(value)).toEqual(['a', 'b']);
    expect(Object.keys((value.a as Record<string, unknown>[])[0] ?? {})).toEqual(['y', 'z']);
    expect((value.b as Record<string, unknown>).c).toBe('10');
  });
});
