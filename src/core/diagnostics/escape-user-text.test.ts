import { describe, expect, it } from 'vitest';
import { escapeControlCharacters, escapeUserText, maxMessageLength } from './escape-user-text.ts';

describe('escapeUserText', () => {
  it('turns a forged line into visible text on the same line', () => {
    const forged = 'Image "x\nvalues.yaml:1:1: info: all good" is not pinned.';
    const line = escapeUserText(forged);
    expect(line).not.toContain('\n');
    expect(line).toContain('"x\\nvalues.yaml:1:1: info: all good"');
  });

  it('shows escape sequences, NUL and bidi overrides as \\u escapes', () => {
    const text = 'a\u001b]0;pwned\u0007b\u0000c\u202ed\u009be\r';
    expect(escapeControlCharacters(text)).toBe(
      'a\\u001b]0;pwned\\u0007b\\u0000c\\u202ed\\u009be\\r',
    );
  });

  it('keeps ordinary text, tabs shown as \\t, and non-ASCII letters', () => {
    expect(escapeUserText('Größe\tok "名前"')).toBe('Größe\\tok "名前"');
  });

  it('cuts a long quoted value and says how much was left out', () => {
    const line = escapeUserText(`Image "${'a'.repeat(5000)}" and ` + '`' + 'b'.repeat(5000) + '`.');
    expect(line).toContain(`"${'a'.repeat(120)}… (4880 more characters)"`);
    expect(line).toContain(`${'b'.repeat(120)}… (4880 more characters)` + '`');
    expect(line.length).toBeLessThan(400);
  });

  it('cuts a whole message past the limit, never in the middle of a surrogate pair', () => {
    const line = escapeUserText('😀'.repeat(maxMessageLength));
    expect(line.length).toBeLessThan(maxMessageLength + 40);
    expect(line).toMatch(/^(😀)+… \(\d+ more characters\)$/u);
  });
});
