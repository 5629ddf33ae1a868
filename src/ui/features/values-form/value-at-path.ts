import type { ValuesPath } from '@/core/diagnostics/index.ts';

/** Reads a value at a path from plain data; anything missing or of the wrong shape reads as undefined. */
export function valueAtPath(root: unknown, path: ValuesPath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
