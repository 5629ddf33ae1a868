import { describe, expect, it } from 'vitest';
import { decodeTextFile as decodeWith, maxValuesFileBytes } from './decode-text-file.ts';

const strict = new TextDecoder('utf-8', { fatal: true });
const decodeTextFile = (bytes: Uint8Array, name: string) =>
  decodeWith(bytes, name, (b) => strict.decode(b));

const encode = (text: string) => new TextEncoder().encode(text);

describe('decodeTextFile', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeTextFile(encode('\uFEFFname: café\n'), 'v.yaml')).toEqual({
      ok: true,
      text: 'name: café\n',
    });
  });

  it('refuses NUL bytes with the line', () => {
    const result = decodeTextFile(encode('a: 1\nb: \0\n'), 'v.yaml');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('line 2') as string });
  });

  it('refuses invalid UTF-8 with an offset', () => {
    const bytes = new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0x0a]);
    const result = decodeTextFile(bytes, 'v.yaml');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('not valid UTF-8');
  });

  it('refuses files over the size limit', () => {
    const result = decodeTextFile(new Uint8Array(maxValuesFileBytes + 1), 'big.yaml');
    expect(!result.ok && result.message).toContain('over 5 MB');
  });
});
