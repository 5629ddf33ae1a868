import { isSecretEnvName, isSecretKey } from './secret-names.ts';

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

/**
 * Strips secrets from YAML that does not parse (the user is mid-edit), line by line, so a draft
 * saved at that moment still holds no secret. It recognises block-style `key: value` lines and
 * `name:`/`value:` env entries; flow-style collections in broken text are beyond it.
 */
export function stripSecretLines(text: string): { text: string; stripped: StrippedLine[] } {
  const lines = text.split('\n');
  const out: string[] = [];
  const stripped: StrippedLine[] = [];
  let pendingEnv: { column: number; name: string } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const match = keyLine.exec(line.replace(/\r$/, ''));
    if (match?.groups === undefined) {
      out.push(line);
      continue;
    }
    const { lead = '', key: rawKey = '', rest = '' } = match.groups;
    const key = unquote(rawKey);
    const column = lead.length;
    const { gap, anchors, value, comment } = splitValue(rest);
    if (pendingEnv !== undefined && column < pendingEnv.column) pendingEnv = undefined;
    if (key === 'name') {
      const name = unquote(value);
      pendingEnv = isSecretEnvName(name) ? { column, name } : undefined;
    }
    const envSecret = key === 'value' && pendingEnv !== undefined && pendingEnv.column === column;
    const label = envSecret && pendingEnv !== undefined ? pendingEnv.name : key;
    if (!(envSecret || isSecretKey(key)) || isEmptyValue(value) || notSecretText.test(value)) {
      out.push(line);
      continue;
    }
    const carriageReturn = line.endsWith('\r') ? '\r' : '';
    const prefix = line.slice(0, line.length - carriageReturn.length - rest.length);
    out.push(`${prefix}${gap === '' ? ' ' : gap}${anchors}""${comment}${carriageReturn}`);
    stripped.push({ label, line: i + 1 });
    if (blockIndicator.test(value)) {
      // The block's content: following lines indented deeper than the key, with blank lines inside it.
      let last = i;
      for (let j = i + 1; j < lines.length; j++) {
        const next = lines[j] ?? '';
        if (next.trim() === '') continue;
        if ((/^ */.exec(next)?.[0].length ?? 0) <= column) break;
        last = j;
      }
      i = last;
    }
  }
  return { text: out.join('\n'), stripped };
}
