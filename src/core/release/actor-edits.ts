import { isRecord } from '@/core/shared/is-record.ts';
import type { ValuesPath } from '@/core/diagnostics/index.ts';
import {
  blockListItemRanges,
  lineEnd,
  lineStart,
  setValueAtPath,
  type EditResult,
} from '@/core/document/index.ts';
import { valueAtPath } from '@/core/document/values-equal.ts';
import { documentPath, type ActorSlice } from './actor-slice.ts';

/**
 * The list entry that holds an actor, which the navigator adds, copies, removes and moves: an
 * `actors:` item, or a helmfile release (one actor per release).
 */
export function actorEntry(slice: ActorSlice): { list: ValuesPath; index: number } | undefined {
  const { prefix } = slice;
  const last = prefix.at(-1);
  if (prefix.at(-2) === 'actors' && typeof last === 'number')
    return { list: prefix.slice(0, -1), index: last };
  const release = prefix[1];
  if (prefix[0] === 'releases' && typeof release === 'number')
    return { list: ['releases'], index: release };
  return undefined;
}

function listOf(values: unknown, list: ValuesPath): unknown[] {
  const found = valueAtPath(values, list).value;
  return Array.isArray(found) ? found : [];
}

/** A name no actor has yet: `base`, else `<base>-2`, `<base>-3`, … */
export function freshName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** The entry with the actor (and, for a release, the release) renamed to `name`. */
function renamedEntry(entry: unknown, slice: ActorSlice, name: string, entryPath: ValuesPath) {
  if (!isRecord(entry)) return entry;
  const copy = structuredCopy(entry);
  const namePath = documentPath(slice, ['name']).slice(entryPath.length);
  setIn(copy, namePath, name);
  if (entryPath[0] === 'releases' && entryPath.length === 2) copy.name = name;
  return copy;
}

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function setIn(root: Record<string, unknown>, path: ValuesPath, value: unknown) {
  let node: unknown = root;
  path.slice(0, -1).forEach((segment) => {
    node = (node as Record<string | number, unknown> | undefined)?.[segment];
  });
  const last = path.at(-1);
  if (node !== null && typeof node === 'object' && last !== undefined)
    (node as Record<string | number, unknown>)[last] = value;
}

/** Appends a copy of the actor's entry under a fresh name. */
export function duplicateActor(
  text: string,
  values: unknown,
  slice: ActorSlice,
  taken: readonly string[],
): EditResult {
  const entry = actorEntry(slice);
  if (!entry)
    return { error: 'Only an actor of an `actors:` list or a helmfile release can be copied.' };
  const items = listOf(values, entry.list);
  const copy = renamedEntry(
    items[entry.index],
    slice,
    freshName(`${slice.name || 'actor'}-copy`, taken),
    [...entry.list, entry.index],
  );
  return setValueAtPath(text, [...entry.list, items.length], copy);
}

/** Appends a new actor: `values` as an `actors:` item, or as a release next to the last one. */
export function addActor(
  text: string,
  values: unknown,
  like: ActorSlice,
  actorValues: Record<string, unknown>,
  taken: readonly string[],
): EditResult {
  const entry = actorEntry(like);
  if (!entry) return { error: 'Actors can be added to an `actors:` list or a helmfile.' };
  const items = listOf(values, entry.list);
  const named = {
    ...actorValues,
    name: freshName(typeof actorValues.name === 'string' ? actorValues.name : 'actor', taken),
  };
  const template = items[entry.index];
  const item =
    entry.list[0] === 'releases' && isRecord(template)
      ? { name: named.name, chart: template.chart, namespace: template.namespace, values: [named] }
      : named;
  return setValueAtPath(text, [...entry.list, items.length], item);
}

export function removeActor(text: string, slice: ActorSlice): EditResult {
  const entry = actorEntry(slice);
  if (!entry)
    return { error: 'Only an actor of an `actors:` list or a helmfile release can be removed.' };
  return setValueAtPath(text, [...entry.list, entry.index], undefined);
}

export function renameActor(text: string, slice: ActorSlice, name: string): EditResult {
  return setValueAtPath(text, documentPath(slice, ['name']), name);
}

/** A block of lines as its content and the blank lines that end it. */
function splitTrailingBlankLines(block: string): [string, string] {
  const gap = /\n((?:[ \t]*\n)+)$/.exec(block)?.[1] ?? '';
  return [block.slice(0, block.length - gap.length), gap];
}

/**
 * Swaps the actor's entry with its neighbour (`direction` -1 up, +1 down) by moving whole lines
 * of a block list, so the comments inside both entries travel with them.
 */
export function moveActor(text: string, slice: ActorSlice, direction: -1 | 1): EditResult {
  const entry = actorEntry(slice);
  if (!entry)
    return { error: 'Only an actor of an `actors:` list or a helmfile release can be moved.' };
  const items = blockListItemRanges(text, entry.list);
  if ('error' in items) return items;
  const first = Math.min(entry.index, entry.index + direction);
  const a = items[first];
  const b = items[first + 1];
  if (!a || !b) return { error: 'There is no neighbour to swap with.' };
  const after = items[first + 2];
  const startA = lineStart(text, a[0]);
  const startB = lineStart(text, b[0]);
  const endB = after ? lineStart(text, after[0]) : lineEnd(text, Math.max(b[1] - 1, b[0]));
  const [contentA, gapA] = splitTrailingBlankLines(text.slice(startA, startB));
  const [contentB, gapB] = splitTrailingBlankLines(text.slice(startB, endB));
  // Blank lines stay where they were; the last entry may end without a line break.
  const swapped = contentB.endsWith('\n')
    ? contentB + gapA + contentA + gapB
    : `${contentB}\n${gapA}${contentA.replace(/\n$/, '')}${gapB}`;
  return { text: text.slice(0, startA) + swapped + text.slice(endB) };
}
