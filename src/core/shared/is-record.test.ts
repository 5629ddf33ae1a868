import { describe, expect, it } from 'vitest';
import { asRecord, isRecord } from './is-record.ts';

describe('isRecord', () => {
  it('accepts objects and rejects null, lists and scalars', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
    expect(isRecord(null)).toBe(false);
    expect(isRecord([])).toBe(false);
    expect(isRecord('a')).toBe(false);
    expect(isRecord(undefined)).toBe(false);
  });
});

describe('asRecord', () => {
  it('gives the map itself, or an empty map for anything else', () => {
    const map = { a: 1 };
    expect(asRecord(map)).toBe(map);
    expect(asRecord([1])).toEqual({});
    expect(asRecord(null)).toEqual({});
  });
});
