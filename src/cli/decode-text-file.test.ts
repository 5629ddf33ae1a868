import { describe, expect, it } from 'vitest';
import { decodeTextFile } from './decode-text-file.ts';

const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
  const bytes = [bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]].flat();
  for (const unit of text.split('').map((c) => c.charCodeAt(0)))
    bytes.push(...(bigEndian ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8]));
  return Uint8Array.from(bytes);
};

describe('decodeTextFile', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeTextFile(new TextEncoder().encode('name: ä'))).toEqual({ text: 'name: ä' });
    expect(decodeTextFile(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a' });
  });

  it('decodes UTF-16 little and big endian files that start with a BOM, as go-yaml does', () => {
    expect(decodeTextFile(utf16('name: demo\n', false))).toEqual({ text: 'name: demo\n' });
    expect(decodeTextFile(utf16('name: demo\n', true))).toEqual({ text: 'name: demo\n' });
  });

  it('refuses bytes that are not valid in their encoding instead of guessing', () => {
    expect(decodeTextFile(Uint8Array.from([0x6e, 0xff, 0x00, 0x80]))).toEqual({
      error: 'is not valid UTF-8 text (Helm refuses it too)',
    });
    expect(decodeTextFile(Uint8Array.from([0xff, 0xfe, 0x61]))).toHaveProperty('error');
  });
});
