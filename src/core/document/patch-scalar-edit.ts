import {
  Alias,
  LineCounter,
  Pair,
  Scalar,
  YAMLMap,
  YAMLSeq,
  isAlias,
  isCollection,
  isDocument,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
} from 'yaml';
import type { Document } from 'yaml';
import { textChange } from './text-change.ts';
import { valuesParseOptions } from './yaml-options.ts';

/** A parsed text: the document and where its lines start. */
export interface ParsedTree {
  text: string;
  doc: Document;
  lineCounter: LineCounter;
}

/** Below this size a full parse is as quick as the checks, so nothing is patched. */
const minimumPatchedLength = 4000;

const isLineBreak = (text: string) => /[\r\n]/.test(text);

/** A value scalar found in a tree, with a way to put another node in its place. */
interface FoundScalar {
  scalar: Scalar;
  replace: (next: Scalar) => void;
}

/**
 * The single-line value scalar whose token holds `[start, end]`, or undefined. Keys, flow
 * collections, block scalars, anchored or tagged values and empty values are left to the full
 * parse: changing them can change the document's shape.
 */
function valueScalarAt(
  doc: Document,
  text: string,
  start: number,
  end: number,
): FoundScalar | undefined {
  let found: FoundScalar | undefined;
  let node: unknown = doc.contents;
  while (!isScalar(node)) {
    if (!isCollection(node) || node.flow) return undefined;
    const items: unknown[] = node.items;
    found = undefined;
    for (let i = 0; i < items.length && found === undefined; i++) {
      const item = items[i];
      if (
        isPair(item) &&
        isScalar(item.key) &&
        item.key.range &&
        item.key.range[0] <= end &&
        start <= item.key.range[1]
      )
        return undefined;
      const value: unknown = isPair(item) ? item.value : item;
      const range = isScalar(value) || isCollection(value) ? value.range : undefined;
      if (!range || range[0] > start || end > range[2]) continue;
      node = value;
      found = {
        scalar: value as Scalar,
        replace: isPair(item)
          ? (next) => {
              item.value = next;
            }
          : (next) => {
              items[i] = next;
            },
      };
    }
    if (found === undefined) return undefined;
  }
  const scalar = found?.scalar;
  const range = scalar?.range;
  if (!found || !scalar || !range || scalar.anchor !== undefined || scalar.tag !== undefined)
    return undefined;
  if (scalar.type !== 'PLAIN' && scalar.type !== 'QUOTE_DOUBLE' && scalar.type !== 'QUOTE_SINGLE')
    return undefined;
  if (range[1] <= range[0] || start < range[0] || end > range[1]) return undefined;
  if (isLineBreak(text.slice(range[0], range[1]))) return undefined;
  return found;
}

/** The token read on its own, the way the document reads a value; undefined unless it is one whole scalar of `type`. */
function readToken(token: string, type: Scalar['type']): Scalar | undefined {
  if (token === '' || isLineBreak(token)) return undefined;
  // Read with the line break that follows it in the document: at the very end of the input the
  // `yaml` lexer takes an escaped closing quote (`'it''`, `"a\"`) as a closing one, so the token
  // alone reads as a whole scalar although the document has an unterminated string.
  const doc = parseDocument(`${token}\n`, valuesParseOptions);
  const read = doc.contents;
  if (doc.errors.length > 0 || doc.warnings.length > 0 || doc.commentBefore || doc.comment)
    return undefined;
  if (
    !isScalar(read) ||
    read.type !== type ||
    read.tag !== undefined ||
    read.anchor !== undefined ||
    read.comment
  )
    return undefined;
  if (!read.range || read.range[0] !== 0 || read.range[1] !== token.length) return undefined;
  return read;
}

type Range = [number, number, number];

/** The offsets, each moved by `delta` when it lies at or after `from`. */
function moveOffsets<T extends number[]>(offsets: T, from: number, delta: number): T {
  return offsets.map((at) => (at >= from ? at + delta : at)) as T;
}

/**
 * A copy of `node` with every offset at or after `from` moved by `delta`. Built with the public
 * node classes and `Object.assign`: the library's own `clone()` copies property descriptors, which
 * is several times slower on a large file.
 */
function copyShifted(node: unknown, from: number, delta: number): unknown {
  const shift = (range: Range | null | undefined): Range | undefined =>
    range ? moveOffsets(range, from, delta) : undefined;
  const copy = (item: unknown): unknown => {
    if (isPair(item))
      return Object.assign(new Pair(null), item, { key: copy(item.key), value: copy(item.value) });
    if (isScalar(item))
      return Object.assign(new Scalar(item.value), item, { range: shift(item.range) });
    if (isAlias(item))
      return Object.assign(new Alias(item.source), item, { range: shift(item.range) });
    if (isMap(item))
      return Object.assign(new YAMLMap(), item, {
        range: shift(item.range),
        items: item.items.map(copy),
      });
    if (isSeq(item))
      return Object.assign(new YAMLSeq(), item, {
        range: shift(item.range),
        items: item.items.map(copy),
      });
    return item;
  };
  return copy(node);
}

/** A copy of the document whose nodes are copies with moved offsets; the original is left as it was. */
function copyDocumentShifted(doc: Document, from: number, delta: number): Document {
  const contents = doc.contents;
  // `clone()` without the contents: they are copied (and moved) by `copyShifted` instead.
  doc.contents = null;
  const copy = doc.clone();
  doc.contents = contents;
  copy.contents = copyShifted(contents, from, delta) as Document['contents'];
  copy.warnings = doc.warnings.map((warning) =>
    Object.assign(
      Object.create(Object.getPrototypeOf(warning) as object) as typeof warning,
      warning,
      {
        pos: moveOffsets(warning.pos, from, delta),
      },
    ),
  );
  if (copy.range) copy.range = moveOffsets(copy.range, from, delta);
  return copy;
}

/**
 * The tree of `text` made from the tree of the text before it, when the only change is inside
 * one value on one line (typing in a form field or in the editor): the edited value is read on
 * its own and put in place, and every later offset moves. Undefined whenever that could differ
 * from a full parse, so the caller parses in full. The previous tree is never modified.
 */
export function patchScalarEdit(previous: ParsedTree, text: string): ParsedTree | undefined {
  if (text.length < minimumPatchedLength || !isDocument(previous.doc)) return undefined;
  if (previous.doc.errors.length > 0) return undefined;
  const change = textChange(previous.text, text);
  if (
    isLineBreak(previous.text.slice(change.start, change.oldEnd)) ||
    isLineBreak(text.slice(change.start, change.newEnd))
  )
    return undefined;
  const before = valueScalarAt(previous.doc, previous.text, change.start, change.oldEnd)?.scalar;
  if (!before?.range) return undefined;
  const delta = text.length - previous.text.length;
  const [tokenStart, tokenEnd, nodeEnd] = before.range;
  const read = readToken(text.slice(tokenStart, tokenEnd + delta), before.type);
  if (!read) return undefined;
  // A warning about the edited value itself could change with it.
  if (previous.doc.warnings.some((w) => w.pos[0] <= tokenEnd && tokenStart <= w.pos[1]))
    return undefined;

  const doc = copyDocumentShifted(previous.doc, tokenEnd, delta);
  const edited = valueScalarAt(doc, text, change.start, change.newEnd);
  if (!edited) return undefined;
  // The node as read on its own (value, source, number format), where the old one stood.
  read.range = [tokenStart, tokenEnd + delta, nodeEnd + delta];
  if (before.comment !== undefined) read.comment = before.comment;
  if (before.commentBefore !== undefined) read.commentBefore = before.commentBefore;
  if (before.spaceBefore !== undefined) read.spaceBefore = before.spaceBefore;
  edited.replace(read);

  const lineCounter = new LineCounter();
  // Lines after the edited one start `delta` later; the edited line's own start is at or before the change.
  for (const lineStart of moveOffsets(previous.lineCounter.lineStarts, change.start + 1, delta))
    lineCounter.addNewLine(lineStart);
  return { text, doc, lineCounter };
}
