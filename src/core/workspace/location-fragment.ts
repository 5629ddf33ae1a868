import type { ValuesPath } from '@/core/diagnostics/index.ts';
import { formatValuesPath, parseValuesPath } from '@/core/diagnostics/index.ts';

/**
 * Everything a URL fragment can mean to the studio; a fragment is one of these, never a mix.
 * A share link is only recognised here: decoding it needs the decompressor and the payload
 * schema, which are loaded when a link is actually opened (`decodeShareLink`).
 */
export type LocationFragment =
  { kind: 'share'; fragment: string } | { kind: 'path'; path: ValuesPath } | { kind: 'none' };

/** `v<N>` or `v<N>.<data>`: the shape of every share link version. */
export const shareFragmentPattern = /^v(\d+)(?:\.(.*))?$/s;
const pathPrefix = 'path=';

export function withoutHash(fragment: string): string {
  return fragment.startsWith('#') ? fragment.slice(1) : fragment;
}

/** `#path=scaling.advanced.formula`: a deep link that focuses one value. */
export function pathFragment(path: ValuesPath): string {
  return `#${pathPrefix}${encodeURI(formatValuesPath(path))}`;
}

/**
 * What the URL fragment asks for: a shared workspace (`#v1.…`), one value (`#path=a.b.c`), or
 * nothing. A fragment is one or the other; combining them is not supported, which keeps links
 * short and their meaning obvious.
 */
export function parseLocationFragment(fragment: string): LocationFragment {
  const body = withoutHash(fragment);
  if (shareFragmentPattern.test(body)) return { kind: 'share', fragment: body };
  if (body.startsWith(pathPrefix)) {
    let dotted: string;
    try {
      dotted = decodeURIComponent(body.slice(pathPrefix.length));
    } catch {
      return { kind: 'none' };
    }
    if (dotted.trim() === '') return { kind: 'none' };
    return { kind: 'path', path: parseValuesPath(dotted.trim()) };
  }
  return { kind: 'none' };
}
