import { describe, expect, it } from 'vitest';
import { blockListItemRanges } from './block-list-items.ts';

describe('blockListItemRanges', () => {
  it('gives each block list item its place in the text', () => {
    const text = 'actors:\n- name: a\n  # keep\n- name: b\n';
    const ranges = blockListItemRanges(text, ['actors']);
    if ('error' in ranges) throw new Error(ranges.error);
    expect(ranges.map((r) => (r ? text.slice(r[0], r[1]) : undefined))).toEqual([
      expect.stringContaining('name: a'),
      'name: b\n',
    ]);
  });

  it('refuses flow lists and broken texts', () => {
    expect(blockListItemRanges('actors: [a, b]\n', ['actors'])).toHaveProperty('error');
    expect(blockListItemRanges('actors: [a\n', ['actors'])).toHaveProperty('error');
  });
});
