import { describe, expect, it } from 'vitest';
import { checkPlain, clonePlain, coalesceValues } from './coalesce-values.ts';

describe('coalesceValues (Helm CoalesceValues)', () => {
  const defaults = { a: 1, map: { x: 1, y: 2, inner: { k: 'v' } }, list: [1, 2], gone: 'd' };

  it('takes absent keys from the defaults and merges maps key by key', () => {
    expect(coalesceValues({ map: { y: 3, inner: { j: 'w' } } }, defaults)).toEqual({
      a: 1,
      map: { x: 1, y: 3, inner: { k: 'v', j: 'w' } },
      list: [1, 2],
      gone: 'd',
    });
  });

  it('replaces lists and scalars whole', () => {
    expect(coalesceValues({ list: [9], a: 'text' }, defaults)).toMatchObject({
      list: [9],
      a: 'text',
    });
  });

  it('deletes a default when the user sets null, also nested', () => {
    const result = coalesceValues({ gone: null, map: { x: null } }, defaults);
    expect('gone' in result).toBe(false);
    expect(result.map).toEqual({ y: 2, inner: { k: 'v' } });
  });

  it('keeps a user null for a key without a default', () => {
    expect(coalesceValues({ extra: null }, defaults)).toMatchObject({ extra: null });
  });

  it('lets a map replace a scalar default and a scalar replace a map default', () => {
    expect(coalesceValues({ a: { b: 1 }, map: 'off' }, defaults)).toMatchObject({
      a: { b: 1 },
      map: 'off',
    });
  });

  it('never shares objects with the defaults', () => {
    const result = coalesceValues({}, defaults);
    (result.map as { x: number }).x = 5;
    expect(defaults.map.x).toBe(1);
  });

  it('with checkPlain: the same values, sharing what it took whole, and the same refusals', () => {
    const user = { map: { y: 3, inner: { j: 'w' } }, list: [9, { deep: [1] }], gone: null };
    const shared = coalesceValues(user, defaults, checkPlain);
    expect(shared).toEqual(coalesceValues(user, defaults));
    expect(shared.list).toBe(user.list);
    expect(shared.a).toBe(defaults.a);
    let deep: unknown = 1;
    for (let i = 0; i < 202; i++) deep = { a: deep };
    expect(() => coalesceValues({ list: [deep] }, defaults)).toThrow(/nested too deeply/);
    expect(() => coalesceValues({ list: [deep] }, defaults, checkPlain)).toThrow(
      /nested too deeply/,
    );
    const justShallowEnough = (deep as { a: unknown }).a;
    expect(() => coalesceValues({ list: justShallowEnough }, defaults, checkPlain)).not.toThrow();
    expect(() => coalesceValues({ list: justShallowEnough }, defaults)).not.toThrow();
  });
});

describe('clonePlain', () => {
  it('refuses a cycle instead of looping', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => clonePlain(cyclic)).toThrow(/cycle/);
    expect(() => checkPlain(cyclic)).toThrow(/cycle/);
  });
});
