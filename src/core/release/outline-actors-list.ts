import type { ActorSummary } from './actor-summary.ts';
import type { DocumentKind } from './actor-slice.ts';

/**
 * The actors of a document as its lines show them, read before the YAML parser has: the names,
 * namespaces and transports of an `actors:` list, with no statuses yet. A large document just
 * opened lists its actors from this at once, and the full read replaces it a frame later.
 */
export interface DocumentOutline {
  kind: DocumentKind;
  actors: ActorSummary[];
}

/** A key line of a block map: a plain key, then the rest of the line after `: `. */
const keyLine = /^([A-Za-z0-9_][A-Za-z0-9_./-]*):(?:[ ]+(.*))?$/;

/**
 * Anything the line reading below does not follow: tabs, CR, document markers and directives,
 * a BOM, characters Helm may refuse (controls, lone surrogates; emoji too, to stay simple), and
 * the line separators go-yaml v2 breaks lines at (U+2028, U+2029).
 */
const unsupportedText = /[^\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufffc]|^(?:---|\.\.\.|%)/m;

/** Only spaces indent YAML and end a plain scalar: no other white space is trimmed here. */
const withoutSpaces = (text: string) => text.replace(/^ +| +$/g, '');

/**
 * Plain scalars that go-yaml v2 may read as something other than a string (bools, nulls, numbers,
 * timestamps, `.inf`): compared without case, which flags more than go-yaml does, never fewer.
 */
const notPlainlyAString = /^(?:y|yes|n|no|true|false|on|off|null|~|[-+.0-9].*)$/i;
const plainWord = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/;

/** A one-line scalar with an optional comment, as the string it reads as; undefined if unsure. */
function readScalar(rest: string | undefined): string | undefined {
  const written = withoutSpaces(rest ?? '');
  const quoted = /^(?:"([^"\\]*)"|'([^']*)')(?:[ ]+#.*)?$/.exec(written);
  if (quoted) return quoted[1] ?? quoted[2];
  const plain = written.replace(/[ ]+#.*$/, '');
  return plainWord.test(plain) && !notPlainlyAString.test(plain) ? plain : undefined;
}

/**
 * Whether a value cannot run on into the lines below at its own indentation or less (block
 * scalars and plain continuations run on only deeper): a quoted or flow value closed on its line.
 */
function closedOnItsLine(rest: string | undefined): boolean {
  const written = withoutSpaces(rest ?? '');
  if (written.startsWith('"')) return /^"(?:[^"\\]|\\.)*"(?:[ ]+#.*)?$/.test(written);
  if (written.startsWith("'")) return /^'(?:[^']|'')*'(?:[ ]+#.*)?$/.test(written);
  if (written.startsWith('[') || written.startsWith('{'))
    return !written.includes('#') && /[\]}]$/.test(written);
  return true;
}

interface Line {
  indent: number;
  /** The line without its indentation. */
  body: string;
}

/** What follows a line's list dashes and key: where a quoted or flow value would start. */
function valueOf(body: string): string {
  let rest = body;
  while (rest === '-' || rest.startsWith('- ')) rest = withoutSpaces(rest.slice(1));
  const key = keyLine.exec(rest);
  if (key) rest = key[2] ?? '';
  // Anchors and tags may stand before the value.
  return rest.replace(/^(?:[&!][^ ]*[ ]+)+/, '');
}

/**
 * The lines that carry structure (not blank, not a comment); undefined when a quoted or flow
 * value runs on to another line, where its lines could look like keys.
 */
function structuralLines(text: string): Line[] | undefined {
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    const body = withoutSpaces(raw);
    if (body === '' || body.startsWith('#')) continue;
    if (!closedOnItsLine(valueOf(body))) return undefined;
    lines.push({ indent: raw.length - raw.replace(/^ +/, '').length, body });
  }
  return lines;
}

/** A key of a block map: the rest of its line (undefined when empty or a comment), and where it is. */
interface KeyAt {
  rest: string | undefined;
  line: number;
}
type Keys = Map<string, KeyAt>;

/**
 * The keys of one block map whose lines start at `from`, at `indent`. Undefined when a line at
 * that indentation is not a plain key (or a compact list under the key before it), or when a key
 * repeats.
 */
function readMap(lines: Line[], from: number, to: number, indent: number): Keys | undefined {
  const keys: Keys = new Map();
  let lastRest: string | undefined = 'not a key yet';
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line || line.indent > indent) continue;
    if (line.indent < indent) return undefined;
    // A list may sit at its key's indentation, under a key with no inline value.
    if (line.body === '-' || line.body.startsWith('- ')) {
      if (lastRest !== undefined) return undefined;
      continue;
    }
    const match = keyLine.exec(line.body);
    const key = match?.[1];
    if (!match || key === undefined || keys.has(key)) return undefined;
    // A comment alone is no value.
    lastRest = match[2]?.replace(/^#.*$/, '') || undefined;
    keys.set(key, { rest: lastRest, line: i });
  }
  return keys;
}

/**
 * A key's one-line string value in the map at `indent`, '' when absent; undefined when present
 * but not plainly a string, or when its value runs on into the deeper line below.
 */
function stringKey(lines: Line[], keys: Keys, key: string, indent: number) {
  const at = keys.get(key);
  if (!at) return '';
  const next = lines[at.line + 1];
  return next && next.indent > indent ? undefined : readScalar(at.rest);
}

interface Item {
  name: string;
  namespace: string;
  transport: string;
}

/** One item of the list: its line `- …` at `indent`, its map's lines up to `to`. */
function readItem(lines: Line[], at: number, to: number, indent: number): Item | undefined {
  const head = lines[at];
  if (!head) return undefined;
  const inline = withoutSpaces(head.body.slice(1));
  // `- key: value` starts the item's map on the dash line; a bare `-` on the line below.
  const mapIndent =
    inline === '' ? lines[at + 1]?.indent : head.indent + head.body.length - inline.length;
  if (mapIndent === undefined || mapIndent <= indent) return undefined;
  const mapLines: Line[] = [
    ...(inline === '' ? [] : [{ indent: mapIndent, body: inline }]),
    ...lines.slice(at + 1, to),
  ];
  const keys = readMap(mapLines, 0, mapLines.length, mapIndent);
  if (!keys) return undefined;
  const read = (key: string) => stringKey(mapLines, keys, key, mapIndent);
  const name = read('name');
  const namespace = read('namespace');
  const transport = read('transport');
  if (name === undefined || namespace === undefined || transport === undefined) return undefined;
  return { name, namespace, transport };
}

/** The items of the block list whose lines run from `from` to `to`. */
function readList(lines: Line[], from: number, to: number): Item[] | undefined {
  const first = lines[from];
  if (!first || !(first.body === '-' || first.body.startsWith('- '))) return undefined;
  const indent = first.indent;
  const starts: number[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line || line.indent > indent) continue;
    if (line.indent < indent || !(line.body === '-' || line.body.startsWith('- ')))
      return undefined;
    starts.push(i);
  }
  const items: Item[] = [];
  for (const [n, start] of starts.entries()) {
    const item = readItem(lines, start, starts[n + 1] ?? to, indent);
    if (!item) return undefined;
    items.push(item);
  }
  return items;
}

/**
 * The outline of a shipped-chart document with an `actors:` block list, read from its lines;
 * undefined for any other document, and for any text the lines alone might misread (flow
 * collections, anchors, tags, multi-line keys, repeated keys): the full read decides those.
 * An item's namespace and transport are its own, else the root's (the chart's `| default`).
 */
export function outlineActorsList(text: string): DocumentOutline | undefined {
  if (!text.includes('actors:') || unsupportedText.test(text)) return undefined;
  const lines = structuralLines(text);
  const root = lines && readMap(lines, 0, lines.length, 0);
  const actors = root?.get('actors');
  if (!lines || !root || !actors || actors.rest !== undefined || root.has('releases'))
    return undefined;
  let end = actors.line + 1;
  while (end < lines.length && (lines[end]?.indent !== 0 || lines[end]?.body.startsWith('-')))
    end++;
  const items = readList(lines, actors.line + 1, end);
  const rootNamespace = stringKey(lines, root, 'namespace', 0);
  const rootTransport = stringKey(lines, root, 'transport', 0);
  if (!items || items.length === 0 || rootNamespace === undefined || rootTransport === undefined)
    return undefined;
  return {
    kind: 'actors-list',
    actors: items.map((item, index) => ({
      index,
      label: item.name === '' ? `#${index + 1}` : item.name,
      namespace: item.namespace || rootNamespace,
      transport: item.transport || rootTransport,
      queue: `asya-${item.name}`,
      errors: 0,
      warnings: 0,
    })),
  };
}
