import { describe, expect, it } from 'vitest';
import { parseManifestsText } from './parse-manifests.ts';

describe('parseManifestsText', () => {
  it('reads every document, skipping empty ones', () => {
    expect(parseManifestsText('---\nkind: A\n---\n---\nkind: B\n')).toEqual([
      { kind: 'A' },
      { kind: 'B' },
    ]);
  });

  it('gives nothing for text that does not parse, or an alias bomb', () => {
    expect(parseManifestsText('kind: [A\n')).toBeUndefined();
    const bomb = `a: &a [x, x]\n${Array.from({ length: 12 }, (_, i) => `b${i}: &b${i} [*${i === 0 ? 'a' : `b${i - 1}`}, *${i === 0 ? 'a' : `b${i - 1}`}]`).join('\n')}\n`;
    expect(parseManifestsText(bomb)).toBeUndefined();
  });
});
