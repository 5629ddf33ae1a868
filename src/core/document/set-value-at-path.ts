import { isCollection, isMap, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { ValuesPath } from '../diagnostics/diagnostic.ts';
import { detectLayoutStyle } from './layout-style.ts';
import { keyName, walkPath } from './node-path.ts';
import type { PathHit } from './node-path.ts';
import { parseOrThrow, parseWithinDepth } from './parse-values-text.ts';
import { defineKey } from './plain-objects.ts';
import { needsBlock, renderBlock, renderInline, renderKey } from './render-yaml.ts';
import type { LayoutStyle, QuoteStyle } from './render-yaml.ts';
import { valuesEqual, valueAtPath } from './values-equal.ts';
import { MAX_ALIAS_COUNT } from './yaml-options.ts';
import { isRecord } from '@/core/shared/is-record.ts';
import { lineStart } from './line-offsets.ts';

/** The edited text, or why the edit was refused (the text is then left as it was). */
export type EditResult = { text: string } | { error: string };

export interface EditOptions {
  /**
   * When a delete leaves its map or list empty, delete that parent too, up to the first ancestor
   * that keeps other entries. Off by default: then the emptied parent stays as `{}` or `[]`, so
   * every other path keeps its value.
   */
  pruneEmptyParents?: boolean;
}

interface Snapshot {
  text: string;
  /** The document's line break: new lines follow a CRLF file's convention. */
  eol: string;
  doc: Document;
  lineCounter: LineCounter;
  readonly style: LayoutStyle;
}

type Step = EditResult;

const SYNTAX_ERROR =
  'The YAML has syntax errors: fix them in the editor first, so that no part of the file is lost.';

function snapshot(text: string): Snapshot | { error: string } {
  const parsed = parseWithinDepth(text);
  if (!('parsed' in parsed) || !parsed.parsed.ok) return { error: SYNTAX_ERROR };
  let style: LayoutStyle | undefined;
  return {
    text,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    doc: parsed.doc,
    lineCounter: parsed.lineCounter,
    // Only edits that write new block lines need the layout; a changed scalar (a keystroke) does not.
    get style() {
      return (style ??= detectLayoutStyle(parsed.doc, parsed.lineCounter));
    },
  };
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** The offset just after the line break that ends the line holding the end of a node. */
function afterLine(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end;
  const newline = text.indexOf('\n', end);
  return newline === -1 ? text.length : newline + 1;
}

function onlySpacesBefore(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));
}

function column(s: Snapshot, offset: number): number {
  return s.lineCounter.linePos(offset).col - 1;
}

/** The end of a node's own text, without the line break a block node carries. */
function contentEnd(s: Snapshot, node: Node): number {
  const end = node.range?.[1] ?? 0;
  if (end <= (node.range?.[0] ?? 0) || s.text[end - 1] !== '\n') return end;
  return s.text[end - 2] === '\r' ? end - 2 : end - 1;
}

/** Appends lines after the line that ends at `end`, adding a line break when the text lacks one. */
function insertLinesAfter(s: Snapshot, end: number, lines: string[]): string {
  const text = s.text;
  const at = afterLine(text, end);
  const lead = at === text.length && text.length > 0 && !text.endsWith('\n') ? s.eol : '';
  return splice(text, at, at, `${lead}${lines.join(s.eol)}${s.eol}`);
}

function inFlow(hit: PathHit): boolean {
  return hit.trail.slice(0, -1).some((step) => isCollection(step.node) && step.node.flow === true);
}

function quoteOf(node: Node | null, value: unknown): QuoteStyle {
  if (!isScalar(node) || typeof node.value !== 'string' || typeof value !== 'string')
    return 'plain';
  if (node.type === 'QUOTE_DOUBLE') return 'double';
  if (node.type === 'QUOTE_SINGLE') return 'single';
  return 'plain';
}

/** The JS value of a node, for rebuilding flow collections. */
function nodeValue(s: Snapshot, node: Node): unknown {
  return node.toJS(s.doc, { maxAliasCount: MAX_ALIAS_COUNT });
}

/** The value that path segments below an existing node must hold: maps for keys, lists for indexes. */
function nested(segments: ValuesPath, value: unknown): unknown {
  let result = value;
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i];
    if (typeof segment === 'number') {
      const list: unknown[] = Array.from({ length: segment }, () => null);
      list.push(result);
      result = list;
    } else if (segment !== undefined) {
      const map: Record<string, unknown> = {};
      defineKey(map, segment, result);
      result = map;
    }
  }
  return result;
}

/** Where continuation lines of a new block value under this node's key or dash go. */
function blockColumn(s: Snapshot, hit: PathHit, value: object): number {
  const node = hit.node;
  const keyStart = hit.key?.range?.[0];
  if (keyStart === undefined) {
    return node?.range ? column(s, node.range[0]) : 0;
  }
  const keyColumn = column(s, keyStart);
  // Keep the local style when a block list replaces a block list.
  if (Array.isArray(value) && isSeq(node) && !node.flow && node.range)
    return column(s, node.range[0]);
  if (Array.isArray(value) && !s.style.indentSequences) return keyColumn;
  return keyColumn + s.style.indent;
}

/** The offset just after the `:` of a pair, or the `-` of a list item, that holds the node. */
function anchorEnd(s: Snapshot, hit: PathHit, nodeStart: number): number {
  const keyEnd = hit.key?.range?.[1];
  if (keyEnd !== undefined) return s.text.indexOf(':', keyEnd) + 1;
  return s.text.lastIndexOf('-', nodeStart - 1) + 1;
}

/** Replaces the whole node at `path` (which exists) with a new value. */
function replaceNode(s: Snapshot, path: ValuesPath, value: unknown): Step {
  const hit = walkPath(s.doc, path);
  const node = hit.node;
  if (!node?.range) return { error: `The value at ${path.join('.')} cannot be edited in place.` };
  const start = node.range[0];
  const end = contentEnd(s, node);
  const flow = inFlow(hit);
  // A written-out flow collection (`accessModes: ["ReadWriteOnce"]`) keeps its flow style.
  const keepFlow = isCollection(node) && node.flow === true && node.items.length > 0;
  const block = needsBlock(value) && !flow && !keepFlow;
  const inline = renderInline(value, quoteOf(node, value), flow);
  const isRoot = path.length === 0;

  if (onlySpacesBefore(s.text, start) || isRoot) {
    // The node sits on lines of its own, below its key or dash.
    const from = lineStart(s.text, start);
    const to = afterLine(s.text, node.range[1]);
    if (block) {
      const lines = renderBlock(
        value,
        isRoot ? column(s, start) : blockColumn(s, hit, value),
        s.style,
      );
      return { text: splice(s.text, from, to, `${lines.join(s.eol)}${s.eol}`) };
    }
    if (isRoot) return { text: splice(s.text, from, to, `${inline}${s.eol}`) };
    const anchor = anchorEnd(s, hit, start);
    const removed = splice(s.text, from, to, '');
    return { text: splice(removed, anchor, anchor, ` ${inline}`) };
  }

  if (!block) {
    // An empty value (`key:`) is a zero-width node right after the colon.
    const lead = start === end && !/[ \t]/.test(s.text[start - 1] ?? ' ') ? ' ' : '';
    // Before a comment the new value needs a space, or `#` would become part of it.
    const trail = start === end && /[^\s]/.test(s.text[end] ?? '\n') ? ' ' : '';
    return { text: splice(s.text, start, end, `${lead}${inline}${trail}`) };
  }

  const lines = renderBlock(value, blockColumn(s, hit, value), s.style);
  if (hit.key === null) {
    // A list item: the block starts right after the dash, at the item's own column.
    const [first = '', ...rest] = lines;
    return { text: splice(s.text, start, end, [first.trimStart(), ...rest].join(s.eol)) };
  }
  const anchor = anchorEnd(s, hit, start);
  const removed = splice(s.text, anchor, end, '');
  const newline = removed.indexOf('\n', anchor);
  const keyLineEnd = newline > 0 && removed[newline - 1] === '\r' ? newline - 1 : newline;
  const at = keyLineEnd === -1 ? removed.length : keyLineEnd;
  return { text: splice(removed, at, at, `${s.eol}${lines.join(s.eol)}`) };
}

/** Adds `segments` (missing) below the deepest existing node of the path. */
function create(s: Snapshot, path: ValuesPath, hit: PathHit, value: unknown): Step {
  const ancestorPath = path.slice(0, hit.depth);
  const [segment, ...rest] = path.slice(hit.depth);
  const child = nested(rest, value);
  const ancestor = hit.node;
  // A number below an existing map is a key like any other ("0").
  const first = isMap(ancestor) ? String(segment) : segment;
  if (isSeq(ancestor) && typeof first !== 'number') {
    return {
      error: `${ancestorPath.join('.') || 'The document'} is a list: address its items by index, not by "${first}".`,
    };
  }

  if (isMap(ancestor) && !ancestor.flow && ancestor.items.length > 0) {
    const pairs = ancestor.items as Pair<Node | null, Node | null>[];
    const last = pairs[pairs.length - 1];
    const firstKeyStart = pairs[0]?.key?.range?.[0];
    if (last === undefined || firstKeyStart === undefined)
      return { error: 'This map cannot be extended.' };
    const keyColumn = column(s, firstKeyStart);
    const head = `${' '.repeat(keyColumn)}${renderKey(String(first))}:`;
    let lines: string[];
    if (needsBlock(child)) {
      const childColumn =
        keyColumn + (Array.isArray(child) && !s.style.indentSequences ? 0 : s.style.indent);
      lines = [head, ...renderBlock(child, childColumn, s.style)];
    } else {
      lines = [`${head} ${renderInline(child)}`];
    }
    const end = last.value?.range?.[1] ?? last.key?.range?.[1] ?? 0;
    return { text: insertLinesAfter(s, end, lines) };
  }

  if (isSeq(ancestor) && !ancestor.flow && ancestor.items.length > 0 && typeof first === 'number') {
    const items = ancestor.items as (Node | null)[];
    const added: unknown[] = Array.from({ length: first - items.length }, () => null);
    added.push(child);
    const dashColumn = column(s, ancestor.range?.[0] ?? 0);
    const end = items[items.length - 1]?.range?.[1] ?? ancestor.range?.[1] ?? 0;
    return { text: insertLinesAfter(s, end, renderBlock(added, dashColumn, s.style)) };
  }

  if (
    isCollection(ancestor) &&
    ancestor.flow === true &&
    ancestor.items.length > 0 &&
    ancestor.range
  ) {
    // Append inside the brackets, so the entries already written keep their exact text.
    const appendable = isMap(ancestor)
      ? typeof first === 'string'
      : first === ancestor.items.length;
    if (appendable) {
      const close = ancestor.range[1] - 1;
      const before = s.text.slice(ancestor.range[0], close).trimEnd();
      const separator = before.endsWith(',') ? ' ' : ', ';
      const entry = isMap(ancestor)
        ? `${renderKey(String(first), true)}: ${renderInline(child, 'plain', true)}`
        : renderInline(child, 'plain', true);
      const at = ancestor.range[0] + before.length;
      return { text: splice(s.text, at, at, `${separator}${entry}`) };
    }
  }

  if (ancestor === null && hit.depth === 0) {
    if (typeof first === 'number')
      return { error: 'The values document must be a map, not a list.' };
    const lines = renderBlock(nested([first as string], child) as object, 0, s.style);
    const lead = s.text === '' || s.text.endsWith('\n') ? '' : s.eol;
    return { text: `${s.text}${lead}${lines.join(s.eol)}${s.eol}` };
  }

  // Flow collections, scalars and empty values are replaced by a collection that holds the new entry.
  const current = ancestor !== null && isCollection(ancestor) ? nodeValue(s, ancestor) : null;
  let replacement: unknown;
  if (typeof first === 'number') {
    const list = Array.isArray(current) ? [...(current as unknown[])] : [];
    while (list.length < first) list.push(null);
    list[first] = child;
    replacement = list;
  } else {
    const map: Record<string, unknown> = {};
    if (isRecord(current))
      for (const [key, item] of Object.entries(current)) defineKey(map, key, item);
    defineKey(map, String(first), child);
    replacement = map;
  }
  return replaceNode(s, ancestorPath, replacement);
}

function setAt(text: string, path: ValuesPath, value: unknown): Step {
  const s = snapshot(text);
  if ('error' in s) return s;
  const hit = walkPath(s.doc, path);
  if (hit.depth < path.length) return create(s, path, hit, value);
  const node = hit.node;

  if (isRecord(value) && isMap(node) && !node.flow && Object.keys(value).length > 0) {
    // Leaf-wise, so the comments and order inside the map survive.
    let current = text;
    for (const [key, item] of Object.entries(value)) {
      const step = setAt(current, [...path, key], item);
      if ('error' in step) return step;
      current = step.text;
    }
    const stale = node.items
      .map((pair) => keyName(pair.key))
      .filter((key) => !Object.hasOwn(value, key));
    for (const key of new Set(stale)) {
      const step = deleteAt(current, [...path, key], false);
      if ('error' in step) return step;
      current = step.text;
    }
    return { text: current };
  }

  if (Array.isArray(value) && isSeq(node) && !node.flow && value.length > 0) {
    let current = text;
    for (let i = 0; i < value.length; i++) {
      const step = setAt(current, [...path, i], value[i] as unknown);
      if ('error' in step) return step;
      current = step.text;
    }
    for (let i = node.items.length - 1; i >= value.length; i--) {
      const step = deleteAt(current, [...path, i], false);
      if ('error' in step) return step;
      current = step.text;
    }
    return { text: current };
  }

  if (
    isScalar(node) &&
    !needsBlock(value) &&
    typeof node.value === typeof value &&
    node.value === value
  ) {
    return { text };
  }
  return replaceNode(s, path, value);
}

function deleteOnce(s: Snapshot, path: ValuesPath, prune: boolean): Step {
  const parentPath = path.slice(0, -1);
  const segment = path[path.length - 1];
  const parent = walkPath(s.doc, parentPath).node;
  const isRoot = parentPath.length === 0;

  if (isMap(parent)) {
    const map = parent as YAMLMap<Node | null, Node | null>;
    const name = String(segment);
    let index = -1;
    for (let i = map.items.length - 1; i >= 0 && index === -1; i--) {
      if (keyName(map.items[i]?.key) === name) index = i;
    }
    const pair = map.items[index];
    if (map.flow || map.items.length === 1) {
      if (!map.flow && isRoot)
        return removeEntry(s, pair?.key ?? null, pair?.value ?? null, map.items[index + 1]?.key);
      if (prune && !map.flow) return deleteOnce(s, parentPath, prune);
      const rest: Record<string, unknown> = {};
      const current = nodeValue(s, map);
      if (isRecord(current)) {
        for (const [key, item] of Object.entries(current))
          if (key !== name) defineKey(rest, key, item);
      }
      return replaceNode(s, parentPath, rest);
    }
    return removeEntry(s, pair?.key ?? null, pair?.value ?? null, map.items[index + 1]?.key);
  }

  if (isSeq(parent)) {
    const seq = parent as YAMLSeq<Node | null>;
    const index = Number(segment);
    if (seq.flow || seq.items.length === 1) {
      if (prune && !seq.flow && !isRoot) return deleteOnce(s, parentPath, prune);
      const current = nodeValue(s, seq);
      const rest = Array.isArray(current) ? current.filter((_, i) => i !== index) : [];
      return replaceNode(s, parentPath, rest);
    }
    const item = seq.items[index] ?? null;
    const next = seq.items[index + 1] ?? null;
    const start = item?.range?.[0];
    if (item === null || start === undefined) return { error: 'This list item cannot be removed.' };
    const dash = s.text.lastIndexOf('-', start - 1);
    const end = afterLine(s.text, item.range?.[1] ?? start);
    if (onlySpacesBefore(s.text, dash))
      return { text: splice(s.text, lineStart(s.text, dash), end, '') };
    const nextStart = next?.range?.[0];
    if (nextStart === undefined) return { error: 'This list item cannot be removed.' };
    return { text: splice(s.text, dash, s.text.lastIndexOf('-', nextStart - 1), '') };
  }
  return { text: s.text };
}

/** Removes one map entry's lines; a first entry written after a list dash gives way to the next. */
function removeEntry(s: Snapshot, key: Node | null, value: Node | null, nextKey: unknown): Step {
  const start = key?.range?.[0];
  if (start === undefined) return { error: 'This entry cannot be removed.' };
  const end = value?.range?.[1] ?? key?.range?.[1] ?? start;
  if (onlySpacesBefore(s.text, start)) {
    return { text: splice(s.text, lineStart(s.text, start), afterLine(s.text, end), '') };
  }
  const nextStart = (nextKey as Node | null | undefined)?.range?.[0];
  if (nextStart === undefined) return { error: 'This entry cannot be removed.' };
  return { text: splice(s.text, start, nextStart, '') };
}

function deleteAt(text: string, path: ValuesPath, prune: boolean): Step {
  let current = text;
  // Duplicate keys: remove every copy, or an earlier one would show through.
  for (let guard = 0; guard < 1000; guard++) {
    const s = snapshot(current);
    if ('error' in s) return s;
    if (walkPath(s.doc, path).depth < path.length) return { text: current };
    const step = deleteOnce(s, path, prune);
    // A list index names the next item once this one is gone: delete it once only.
    if ('error' in step || step.text === current || typeof path.at(-1) === 'number') return step;
    current = step.text;
  }
  return { error: 'Too many copies of this key to remove.' };
}

/**
 * Edits one value of the document and leaves every other character as it was: comments, blank
 * lines, key order and unknown keys survive. `undefined` deletes the entry. Missing parents are
 * created in block style at the end of their map. Refused (as data) while the text has syntax
 * errors, and whenever the result would not read back as the requested value.
 */
export function setValueAtPath(
  text: string,
  path: ValuesPath,
  value: unknown,
  options: EditOptions = {},
): EditResult {
  try {
    if (path.length === 0 && value === undefined)
      return { error: 'The whole document cannot be deleted.' };
    const step =
      value === undefined
        ? deleteAt(text, path, options.pruneEmptyParents ?? false)
        : setAt(text, path, value);
    if ('error' in step) return step;
    const check = parseOrThrow(step.text).parsed;
    if (!check.ok) return { error: 'The edit would break the YAML; the text was left unchanged.' };
    const actual = valueAtPath(check.values, path);
    // After deleting a list item its index may name the next item: that is not a failure.
    const deletedItem = value === undefined && typeof path.at(-1) === 'number';
    if (value === undefined ? actual.found && !deletedItem : !valuesEqual(actual.value, value)) {
      return {
        error: `The edit at ${path.join('.')} would not read back as intended; the text was left unchanged.`,
      };
    }
    return { text: step.text };
  } catch (error) {
    return { error: `The edit failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
