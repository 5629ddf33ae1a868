/**
 * Problems quote user text (names, images, values). Printed as is, a value could forge a line of
 * output (`values.yaml:1:1: info: all good`), replay escape sequences (ESC, OSC) to a terminal,
 * print NUL bytes, or echo a megabyte. These helpers make a message safe for one output line.
 */

/** Longest quoted piece kept whole; longer ones keep their start and say how much was cut. */
export const maxQuotedLength = 120;

/** Longest message kept whole (a message quoting many values stays a readable line). */
export const maxMessageLength = 2000;

const escapes: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * C0 and C1 control characters, DEL, the Unicode line and paragraph separators and the bidi
 * overrides that reorder what a reader sees: each becomes a visible `\u001b`-style escape.
 */
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Every control character shown as an escape (`\n`, `\t`, `\u001b`); nothing else changes. */
export function escapeControlCharacters(text: string): string {
  return text.replace(
    unsafe,
    (c) => escapes[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Cuts `text` to `max` characters (never inside a surrogate pair), saying how many were left out. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}

/**
 * One message as a single safe line: control characters escaped, every quoted piece (`"…"`, `` `…` ``)
 * longer than `maxQuotedLength` cut, and the whole cut to `maxMessageLength`.
 */
export function escapeUserText(text: string): string {
  const escaped = escapeControlCharacters(text).replace(
    /(["`])([^"`]*)\1/g,
    (_, quote: string, quoted: string) =>
      `${quote}${quoted.length > maxQuotedLength ? cutText(quoted, maxQuotedLength) : quoted}${quote}`,
  );
  return cutText(escaped, maxMessageLength);
}
