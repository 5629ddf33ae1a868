import { isEnvListKey, isSecretEnvName, isSecretKey } from './secret-names.ts';

/** A secret removed by the line-based pass: the key (or env var name) and its 1-based line. */
export interface StrippedLine {
  label: string;
  line: number;
}

const keyLine =
  /^(?<lead> *(?:- +)*)(?<key>"[^"]*"|'[^']*'|[^\s#'"{[\]][^:#]*?) *:(?<rest>(?:[ \t].*)?)$/;
const blockIndicator = /^[|>][-+0-9]*$/;
/** Values that are not secret text: nested content, references, tags, YAML 1.1 booleans and null. */
const notSecretText = /^(?:[{[*]|(?:true|false|yes|no|on|off|null|~)$)/i;
/** Node properties before a value: anchors (`&name`) and tags (`!!binary`). */
const nodeProperties = /^(?:[!&][^\s]*[ \t]+)*/;

function unquote(key: string): string {
  return /^(["']).*\1$/.test(key) ? key.slice(1, -1) : key;
}

/**
 * Splits what follows `key:` into the gap, anchors (kept: aliases elsewhere refer to them), the
 * scalar (tags dropped with it), and the trailing comment (kept as is).
 */
function splitValue(rest: string): {
  gap: string;
  anchors: string;
  value: string;
  comment: string;
} {
  const gap = /^[ \t]*/.exec(rest)?.[0] ?? '';
  const properties = nodeProperties.exec(rest.slice(gap.length))?.[0] ?? '';
  const anchors = properties
    .split(/[ \t]+/)
    .filter((property) => property.startsWith('&'))
    .map((anchor) => `${anchor} `)
    .join('');
  const body = rest.slice(gap.length + properties.length);
  let end: number;
  if (body.startsWith('"')) {
    const close = /^"(?:[^"\\]|\\.)*"/.exec(body);
    end = close ? close[0].length : body.length;
  } else if (body.startsWith("'")) {
    const close = /^'(?:[^']|'')*'/.exec(body);
    end = close ? close[0].length : body.length;
  } else {
    const hash = body.search(/[ \t]#/);
    end = hash < 0 ? body.length : hash;
  }
  const value = body.slice(0, end).trimEnd();
  return { gap, anchors, value, comment: body.slice(value.length) };
}

function isEmptyValue(value: string): boolean {
  return value === '' || value === '""' || value === "''";
}

/** One `key: …` line of block YAML, with the env entry (list item under an env key) it belongs to. */
interface KeyLine {
  index: number;
  key: string;
  column: number;
  rest: string;
  /** Which env list item the line's mapping is, numbered in order; undefined outside env lists. */
  envItem: number | undefined;
}

/** The last line of a block scalar whose key sits at `column`: the deeper lines after it. */
function blockEnd(lines: string[], index: number, column: number): number {
  let last = index;
  for (let j = index + 1; j < lines.length; j++) {
    const next = lines[j] ?? '';
    if (next.trim() === '') continue;
    if ((/^ */.exec(next)?.[0].length ?? 0) <= column) break;
    last = j;
  }
  return last;
}

/** A key whose block is still open: later deeper lines belong to it. */
interface OpenKey {
  column: number;
  key: string;
  envItem: number | undefined;
}

/** Closes the open keys at or right of where `stillOpen` says no; returns the last one closed. */
function closeKeys(open: OpenKey[], stillOpen: (column: number) => boolean): OpenKey | undefined {
  let closed: OpenKey | undefined;
  for (let top = open.at(-1); top !== undefined && !stillOpen(top.column); top = open.at(-1))
    closed = open.pop();
  return closed;
}

/**
 * The key lines of the text, block scalar contents skipped. Indentation tells which key a list
 * hangs under, so an env entry is, as for parsed values (find-secret-paths.ts), a map item of a
 * list directly under an env key (`env:`, `extraEnv:` …), and nothing else.
 */
function readKeyLines(lines: string[]): KeyLine[] {
  const found: KeyLine[] = [];
  const open: OpenKey[] = [];
  let items = 0;
  for (let i = 0; i < lines.length; i++) {
    const match = keyLine.exec((lines[i] ?? '').replace(/\r$/, ''));
    if (match?.groups === undefined) continue;
    const { lead = '', key: rawKey = '', rest = '' } = match.groups;
    const key = unquote(rawKey);
    const column = lead.length;
    const dashes = lead.split('-').length - 1;
    let envItem: number | undefined;
    if (dashes > 0) {
      const dash = lead.indexOf('-');
      closeKeys(open, (c) => c <= dash);
      const parent = open.at(-1);
      // `- - name: …` is a list in a list: no key holds it, so it is no env list.
      if (dashes === 1 && parent !== undefined && isEnvListKey(parent.key)) envItem = ++items;
      closeKeys(open, (c) => c < column);
    } else {
      const sibling = closeKeys(open, (c) => c < column);
      envItem = sibling?.column === column ? sibling.envItem : undefined;
    }
    open.push({ column, key, envItem });
    found.push({ index: i, key, column, rest, envItem });
    if (blockIndicator.test(splitValue(rest).value)) i = blockEnd(lines, i, column);
  }
  return found;
}

/**
 * Strips secrets from YAML that does not parse (the user is mid-edit), line by line, so a draft
 * saved at that moment still holds no secret. The rules are those of find-secret-paths.ts: values
 * under secret-looking keys, and the `value` of env list entries whose `name` looks secret. It reads
 * block-style `key: value` lines; flow-style collections in broken text are beyond it.
 */
export function stripSecretLines(text: string): { text: string; stripped: StrippedLine[] } {
  const lines = text.split('\n');
  const keyLines = readKeyLines(lines);
  const secretEnvNames = new Map<number, string>();
  for (const { key, rest, envItem } of keyLines) {
    const name = unquote(splitValue(rest).value);
    if (key === 'name' && envItem !== undefined && isSecretEnvName(name))
      secretEnvNames.set(envItem, name);
  }
  const out: string[] = [];
  const stripped: StrippedLine[] = [];
  let next = 0;
  for (const { index, key, column, rest, envItem } of keyLines) {
    const envName =
      key === 'value' && envItem !== undefined ? secretEnvNames.get(envItem) : undefined;
    const { gap, anchors, value, comment } = splitValue(rest);
    const label = envName ?? (isSecretKey(key) ? key : undefined);
    if (label === undefined || isEmptyValue(value) || notSecretText.test(value)) continue;
    const line = lines[index] ?? '';
    const carriageReturn = line.endsWith('\r') ? '\r' : '';
    const prefix = line.slice(0, line.length - carriageReturn.length - rest.length);
    out.push(...lines.slice(next, index));
    out.push(`${prefix}${gap === '' ? ' ' : gap}${anchors}""${comment}${carriageReturn}`);
    stripped.push({ label, line: index + 1 });
    // A block scalar's content goes with its value.
    next = (blockIndicator.test(value) ? blockEnd(lines, index, column) : index) + 1;
  }
  out.push(...lines.slice(next));
  return { text: out.join('\n'), stripped };
}
