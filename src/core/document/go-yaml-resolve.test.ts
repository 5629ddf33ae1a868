import { describe, expect, it } from 'vitest';
import { resolvePlainAsHelm, resolvePlainScalar } from './go-yaml-resolve.ts';

// Each row: how go-yaml v2 (goyaml.v2/resolve.go, sigs.k8s.io/yaml v1.4.0) reads a plain scalar;
// the same rows hold for real Helm (helm-differential.test.ts renders them through helm template).
describe('resolvePlainAsHelm', () => {
  it.each([
    ['yes', true],
    ['Y', true],
    ['on', true],
    ['True', true],
    ['n', false],
    ['OFF', false],
    ['~', null],
    ['', null],
    ['Null', null],
  ])('reads the word %j as %j', (source, value) => {
    expect(resolvePlainAsHelm(source)).toBe(value);
  });

  it.each(['yEs', 'oN', 'nO', 'NUll', 'y.', 'true_'])('keeps %j a string', (source) => {
    expect(resolvePlainAsHelm(source)).toBe(source);
  });

  it.each([
    ['0644', 420],
    ['0o644', 420],
    ['0O17', 15],
    ['0x1F', 31],
    ['0b101', 5],
    ['-0b11', -3],
    ['+1', 1],
    ['-0', 0],
    ['1_000', 1000],
    ['+_1', 1],
    ['0x_ff', 255],
    ['08', 8],
    ['09', 9],
    // Above int64 a uint64, beyond it a float: all float64 once Helm has gone through JSON.
    ['12345678901234567890', Number(12345678901234567890n)],
    ['0x8000000000000000', 2 ** 63],
    ['-9223372036854775809', -(2 ** 63)],
    ['1e3', 1000],
    ['1.', 1],
    ['.5', 0.5],
    ['+.5e2', 50],
    ['1_0.5', 10.5],
    // Go's ParseFloat takes underscores between digits (checked against Helm v3.17.3).
    ['.5_0', 0.5],
    ['.1_2_3', 0.123],
    ['.5e1_0', 5e9],
    ['.5E+1_0', 5e9],
    ['0777777777777777777777777', 7.777777777777778e23],
  ])('reads the number %j as %d', (source, value) => {
    expect(resolvePlainAsHelm(source)).toBe(value);
  });

  it.each([
    // No base-60 numbers in go-yaml v2, unlike the yaml library's YAML 1.1.
    '02:30',
    '1:30',
    '12:30:00',
    '-1:30',
    // Out of float64 range, out of uint64 range in hex, or no digits: strings.
    '1e400',
    '-1e400',
    '0xFFFFFFFFFFFFFFFFF',
    '+0xFFFFFFFFFFFFFFFF',
    '0x',
    '0o',
    '0b2',
    '_1',
    '._5',
    '.5_',
    '.5__0',
    '.5e_1',
    '.',
    '-',
    '2001-12-14',
    '2001-12-14T21:59:43.10-05:00',
  ])('keeps %j a string', (source) => {
    expect(resolvePlainAsHelm(source)).toBe(source);
  });

  it('reads .nan and .inf as floats, which the JSON step later refuses', () => {
    expect(resolvePlainAsHelm('.nan')).toBeNaN();
    expect(resolvePlainAsHelm('-.Inf')).toBe(-Infinity);
    expect(resolvePlainAsHelm('+.INF')).toBe(Infinity);
  });

  it('keeps the exact integer, and tells integers from floats', () => {
    expect(resolvePlainScalar('12345678901234567')).toMatchObject({
      kind: 'int',
      integer: 12345678901234567n,
    });
    expect(resolvePlainScalar('1.0').kind).toBe('float');
    expect(resolvePlainScalar('yes').kind).toBe('bool');
    expect(resolvePlainScalar('1:30').kind).toBe('str');
  });
});
