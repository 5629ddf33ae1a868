import {
  LineCounter,
  isCollection,
  isDocument,
  isNode,
  isPair,
  isScalar,
  parseDocument,
} from 'yaml';
import type { Document, Pair, Scalar } from 'yaml';
import { MAX_NESTING_DEPTH, nestingDepth } from './nesting-depth.ts';
import { textChange, type TextChange } from './text-change.ts';
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

/** One step from a collection down to a value: the pair that holds it, or its list index. */
export type ScalarStep = { pair: Pair } | { index: number };

/** A value scalar found in a tree, the steps from the root to it, and a way to put another node in its place. */
interface FoundScalar {
  scalar: Scalar;
  steps: ScalarStep[];
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
  const steps: ScalarStep[] = [];
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
      steps.push(isPair(item) ? { pair: item } : { index: i });
      found = {
        scalar: value as Scalar,
        steps,
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
  // A pasted run of brackets would make the yaml library recurse past what it can read.
  if (nestingDepth(token) > MAX_NESTING_DEPTH) return undefined;
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
 * Moves, in place, every offset of the tree at or after `from` by `delta`. Each node has its own
 * range array (the composer makes one per node), so each offset moves once.
 */
function shiftTree(node: unknown, from: number, delta: number): void {
  if (isPair(node)) {
    shiftTree(node.key, from, delta);
    shiftTree(node.value, from, delta);
    return;
  }
  if (!isNode(node)) return;
  const range = node.range;
  if (range) {
    // A node that ends before the edit holds nothing that moves.
    if (range[2] < from) return;
    if (range[0] >= from) range[0] += delta;
    if (range[1] >= from) range[1] += delta;
    range[2] += delta;
  }
  if (isCollection(node)) for (const item of node.items) shiftTree(item, from, delta);
}

/** A single-line edit inside one value scalar, checked against the tree of the text before it. */
export interface ScalarPatch {
  text: string;
  /** Where the texts differ. */
  change: TextChange;
  /** How much longer the new text is. */
  delta: number;
  /** The edited scalar in the tree before the edit. */
  before: Scalar;
  /** The scalar as the new text reads it, at its new place. */
  after: Scalar;
  /** How the tree reaches the scalar from its root. */
  steps: ScalarStep[];
  replace: (next: Scalar) => void;
}

/**
 * The patch that turns the tree of `previous.text` into the tree of `text`, when the only change
 * is inside one value on one line (typing in a form field or in the editor): the edited value is
 * read on its own. Undefined whenever that could differ from a full parse, so the caller parses in
 * full. Nothing is changed until `applyScalarPatch`.
 */
export function planScalarPatch(previous: ParsedTree, text: string): ScalarPatch | undefined {
  if (text.length < minimumPatchedLength || !isDocument(previous.doc)) return undefined;
  if (previous.doc.errors.length > 0) return undefined;
  const change = textChange(previous.text, text);
  if (
    isLineBreak(previous.text.slice(change.start, change.oldEnd)) ||
    isLineBreak(text.slice(change.start, change.newEnd))
  )
    return undefined;
  const found = valueScalarAt(previous.doc, previous.text, change.start, change.oldEnd);
  const before = found?.scalar;
  if (!found || !before?.range) return undefined;
  const delta = text.length - previous.text.length;
  const [tokenStart, tokenEnd, nodeEnd] = before.range;
  const after = readToken(text.slice(tokenStart, tokenEnd + delta), before.type);
  if (!after) return undefined;
  // A warning about the edited value itself could change with it.
  if (previous.doc.warnings.some((w) => w.pos[0] <= tokenEnd && tokenStart <= w.pos[1]))
    return undefined;
  // The node as read on its own (value, source, number format), where the old one stood.
  after.range = [tokenStart, tokenEnd + delta, nodeEnd + delta];
  if (before.comment !== undefined) after.comment = before.comment;
  if (before.commentBefore !== undefined) after.commentBefore = before.commentBefore;
  if (before.spaceBefore !== undefined) after.spaceBefore = before.spaceBefore;
  return {
    text,
    change,
    delta,
    before,
    after,
    steps: found.steps,
    replace: found.replace,
  };
}

/**
 * The tree of the patch's text, made by changing the tree the patch was planned on in place
 * (every later offset moves, the edited scalar is replaced): that tree no longer belongs to the
 * text before, whose owner must read it again if it needs it. A copy cost more than the rest of a
 * keystroke in a large file.
 */
export function applyScalarPatch(previous: ParsedTree, patch: ScalarPatch): ParsedTree {
  const { doc } = previous;
  const range = patch.before.range as Range;
  const from = range[1];
  shiftTree(doc.contents, from, patch.delta);
  for (const warning of doc.warnings) warning.pos = moveOffsets(warning.pos, from, patch.delta);
  if (doc.range) doc.range = moveOffsets(doc.range, from, patch.delta);
  patch.replace(patch.after);

  const lineCounter = new LineCounter();
  // Lines after the edited one start `delta` later; the edited line's own start is at or before the change.
  for (const lineStart of moveOffsets(
    previous.lineCounter.lineStarts,
    patch.change.start + 1,
    patch.delta,
  ))
    lineCounter.addNewLine(lineStart);
  return { text: patch.text, doc, lineCounter };
}
