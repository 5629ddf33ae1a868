import { isNode, isSeq, parseDocument } from 'yaml';
import type { ValuesPath } from '../diagnostics/index.ts';
import { valuesParseOptions } from './yaml-options.ts';

/** A text range `[start, end)` of one list item, or undefined for an item without a place. */
export type ItemRange = readonly [number, number] | undefined;

/**
 * The text ranges of the items of the block list at `path` (`- item` lines), for edits that move
 * whole entries with their comments. A flow list (`[a, b]`) or a broken text gives an error.
 */
export function blockListItemRanges(
  text: string,
  path: ValuesPath,
): ItemRange[] | { error: string } {
  const doc = parseDocument(text, valuesParseOptions);
  if (doc.errors.length > 0) return { error: 'The YAML has syntax errors: fix them first.' };
  const seq = doc.getIn(path, true);
  if (!isSeq(seq) || seq.flow)
    return { error: 'Only a block list (`- item` lines) can be reordered.' };
  return seq.items
    .filter(isNode)
    .map((item) => (item.range ? [item.range[0], item.range[1]] : undefined));
}
