import { isAlias, isCollection, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import type { SourceRange, ValuesPath } from '../diagnostics/diagnostic.ts';

/** A node reached by a path, with the key it hangs from (absent for the root and list items). */
export interface PathHit {
  node: Node | null;
  key: Node | null;
  pair: Pair | null;
  /** How many path segments were matched; equals the path length on an exact hit. */
  depth: number;
  /** The nodes from the root down to `node`, for ancestor fallbacks. */
  trail: { node: Node | null; key: Node | null }[];
}

/** The string a map key is known by in the values (`toJS` turns every key into a string). */
export function keyName(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  // Complex keys (maps, lists as keys) have no useful name in a values path.
  return typeof key === 'string' || typeof key === 'number' ? String(key) : '';
}

/** Maps above this size are indexed once, so locating one problem per key stays linear. */
const indexedMapSize = 64;
/**
 * A patch (`applyScalarPatch`) changes only value scalars and offsets, never a key or a pair, so
 * an index of a map's pairs by key stays valid for the map's life.
 */
const pairIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

function findPair(map: Node, name: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  if (map.items.length > indexedMapSize) {
    let index = pairIndexes.get(map);
    if (!index) {
      // Later pairs overwrite earlier ones: the last pair wins, as it does in the values Helm reads.
      index = new Map(map.items.map((pair) => [keyName(pair.key), pair]));
      pairIndexes.set(map, index);
    }
    return index.get(name);
  }
  for (let i = map.items.length - 1; i >= 0; i--) {
    const pair = map.items[i];
    if (pair !== undefined && keyName(pair.key) === name) return pair;
  }
  return undefined;
}

/** Walks the path as far as it exists. Aliases are followed to the node they name. */
export function walkPath(doc: Document, path: ValuesPath): PathHit {
  let node = doc.contents ?? null;
  let key: Node | null = null;
  let pair: Pair | null = null;
  const trail: PathHit['trail'] = [{ node, key }];
  let depth = 0;
  for (const segment of path) {
    const container = isAlias(node) ? (node.resolve(doc) ?? null) : node;
    if (container === null) break;
    let next: { node: Node | null; key: Node | null; pair: Pair | null } | undefined;
    if (isMap(container)) {
      const found = findPair(container, String(segment));
      if (found !== undefined)
        next = { node: (found.value ?? null) as Node | null, key: found.key as Node, pair: found };
    } else if (isSeq(container)) {
      const index =
        typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
      const item = index >= 0 ? container.items[index] : undefined;
      if (item !== undefined)
        next = { node: isPair(item) ? null : (item as Node), key: null, pair: null };
    }
    if (next === undefined) break;
    ({ node, key, pair } = next);
    trail.push({ node, key });
    depth++;
  }
  return { node, key, pair, depth, trail };
}

export function offsetRange(lineCounter: LineCounter, start: number, end: number): SourceRange {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  return { line: from.line, col: from.col, endLine: to.line, endCol: to.col };
}

/** The end of the line that contains `offset`, without its line break. */
function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline;
}

/**
 * A one-line range that stands for a node: a scalar's own text; for a collection or an empty
 * value, its key, or else the first line of the node. Squiggles over whole blocks are noise.
 */
export function headRange(
  text: string,
  lineCounter: LineCounter,
  node: Node | null,
  key: Node | null,
): SourceRange | undefined {
  const range = node?.range;
  const keyRange = key?.range;
  if (range && (isScalar(node) || isAlias(node)) && range[1] > range[0]) {
    return offsetRange(lineCounter, range[0], range[1]);
  }
  if (keyRange) return offsetRange(lineCounter, keyRange[0], keyRange[1]);
  if (range) {
    const end = isCollection(node) ? Math.min(range[1], lineEnd(text, range[0])) : range[1];
    return offsetRange(lineCounter, range[0], Math.max(end, range[0]));
  }
  return undefined;
}

function contains(node: Node | null | undefined, offset: number): boolean {
  const range = node?.range;
  return !!range && offset >= range[0] && offset <= range[1];
}

/** The path of the innermost node at an offset: inside a key or a value, that pair's path. */
export function pathAtOffset(doc: Document, offset: number): (string | number)[] {
  const path: (string | number)[] = [];
  let node = doc.contents ?? null;
  for (;;) {
    if (isMap(node)) {
      let next: Node | null | undefined;
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        const start = key?.range?.[0] ?? value?.range?.[0];
        const end = value?.range?.[1] ?? key?.range?.[1];
        if (start === undefined || end === undefined || offset < start || offset > end) continue;
        path.push(keyName(key));
        next = contains(value, offset) ? value : null;
        break;
      }
      if (next === undefined) return path;
      node = next;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => contains(item as Node, offset));
      if (index === -1) return path;
      path.push(index);
      node = node.items[index] as Node;
    } else {
      return path;
    }
  }
}
