import { isScalar, parseDocument } from 'yaml';
import { valuesParseOptions } from './yaml-options.ts';
import { readPlainAsYaml12, sameScalar } from './yaml12-reading.ts';

/** How new YAML is laid out, detected from the document being edited. */
export interface LayoutStyle {
  /** Spaces per nesting level of maps. */
  indent: number;
  /** Whether `- ` items sit deeper than their parent key (`key:\n  - a`) or level with it. */
  indentSequences: boolean;
}

/** The quote style to keep when a string replaces a string. */
export type QuoteStyle = 'plain' | 'single' | 'double';

const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;

/** Whether Helm (YAML 1.1) and YAML 1.2 readers both read `text` unquoted as this very string. */
function readsAsItself(text: string): boolean {
  if (!sameScalar(readPlainAsYaml12(text), text)) return false;
  const doc = parseDocument(text, valuesParseOptions);
  return doc.errors.length === 0 && isScalar(doc.contents) && doc.contents.value === text;
}

/** Characters YAML only allows escaped: C0/C1 controls, line separators, BOM, surrogates. */
function needsEscapes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029)
      return true;
    if (code === 0xfeff || (code >= 0xd800 && code <= 0xdfff)) return true;
  }
  return false;
}

function canBePlain(text: string, inFlow: boolean): boolean {
  if (text === '' || INDICATOR_START.test(text) || /\s$/.test(text)) return false;
  // Line breaks, tabs, control and special characters are only safe inside double quotes.
  if (needsEscapes(text)) return false;
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return false;
  if (inFlow && /[,[\]{}:]/.test(text)) return false;
  return readsAsItself(text);
}

/** A YAML double-quoted string: JSON's escapes, plus the characters YAML does not allow raw. */
export function doubleQuoted(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function renderString(text: string, quote: QuoteStyle, inFlow: boolean): string {
  if (quote === 'double') return doubleQuoted(text);
  if (quote === 'single' && !needsEscapes(text)) {
    return `'${text.replaceAll("'", "''")}'`;
  }
  return canBePlain(text, inFlow) ? text : doubleQuoted(text);
}

function renderNumber(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (value === Infinity) return '.inf';
  if (value === -Infinity) return '-.inf';
  // YAML 1.1 floats need a dot before the exponent to stay floats (`1.0e+21`, not `1e+21`).
  const text = String(Object.is(value, -0) ? 0 : value);
  return /e/.test(text) && !text.includes('.') ? text.replace('e', '.0e') : text;
}

/** One scalar value as YAML text; objects and arrays come out in flow style. */
export function renderInline(value: unknown, quote: QuoteStyle = 'plain', inFlow = false): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return renderNumber(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return renderString(value, quote, inFlow);
  if (Array.isArray(value))
    return `[${value.map((item) => renderInline(item, 'plain', true)).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([key, item]) => `${renderKey(key, true)}: ${renderInline(item, 'plain', true)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  // Symbols and functions have no YAML form; they never come from parsed values.
  return 'null';
}

/** A map key, plain when every reader takes it for this same string. */
export function renderKey(key: string, inFlow = false): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(key) && canBePlain(key, inFlow)
    ? key
    : doubleQuoted(key);
}

/** Whether a value needs block lines (a non-empty map or list) rather than one inline token. */
export function needsBlock(value: unknown): value is object {
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
}

function pad(column: number): string {
  return ' '.repeat(column);
}

/** Lines for a value that `needsBlock`, its first line starting at `column`. */
export function renderBlock(value: object, column: number, style: LayoutStyle): string[] {
  const lines: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) {
      if (needsBlock(item)) {
        const inner = renderBlock(item, column + 2, style);
        lines.push(`${pad(column)}- ${(inner[0] ?? '').trimStart()}`, ...inner.slice(1));
      } else {
        lines.push(`${pad(column)}- ${renderInline(item)}`);
      }
    }
    return lines;
  }
  for (const [key, item] of Object.entries(value)) {
    const head = `${pad(column)}${renderKey(key)}:`;
    if (needsBlock(item)) {
      const childColumn =
        column + (Array.isArray(item) && !style.indentSequences ? 0 : style.indent);
      lines.push(head, ...renderBlock(item, childColumn, style));
    } else {
      lines.push(`${head} ${renderInline(item)}`);
    }
  }
  return lines;
}
