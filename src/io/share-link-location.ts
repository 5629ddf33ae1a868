import { parseLocationFragment } from '@/core/workspace/location-fragment.ts';
import type { LocationFragment } from '@/core/workspace/location-fragment.ts';

/** The parts of `window.location` this module reads. */
export interface LocationLike {
  readonly href: string;
  readonly hash: string;
}

/** `history.replaceState`, or a fake of it. */
export type ReplaceState = (data: unknown, unused: string, url?: string | null) => void;

export interface ShareLinkLocation {
  /** What the current fragment asks for: a shared workspace, one value, or nothing. */
  read(): LocationFragment;
  /** The page URL without its fragment. */
  baseUrl(): string;
  /** The full URL for a fragment from `encodeShareLink` or `pathFragment`, to copy. */
  urlFor(fragment: string): string;
  /** Puts a fragment in the address bar without a navigation, a history entry or a hashchange event. */
  show(fragment: string): void;
  /** Removes the fragment once it was handled, so a reload restores the draft instead of reopening the link. */
  clear(): void;
}

/** Reads and writes the URL fragment through injected browser objects (`window.location`, `history.replaceState`). */
export function createShareLinkLocation(
  location: LocationLike,
  replaceState: ReplaceState,
): ShareLinkLocation {
  const baseUrl = () => location.href.split('#', 1)[0] ?? '';
  const urlFor = (fragment: string) =>
    `${baseUrl()}${fragment === '' || fragment.startsWith('#') ? fragment : `#${fragment}`}`;
  return {
    read: () => parseLocationFragment(location.hash),
    baseUrl,
    urlFor,
    show(fragment) {
      replaceState(null, '', urlFor(fragment));
    },
    clear() {
      replaceState(null, '', baseUrl());
    },
  };
}
