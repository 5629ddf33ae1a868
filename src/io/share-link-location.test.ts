import { describe, expect, it } from 'vitest';
import { createWorkspaceStore, encodeShareLink, pathFragment } from '@/core/workspace/index.ts';
import { createShareLinkLocation } from './share-link-location.ts';

/** A location and history pair that behave like the browser's for replaceState. */
function fakeBrowser(href: string) {
  const location = {
    href,
    get hash() {
      const at = this.href.indexOf('#');
      return at < 0 || at === this.href.length - 1 ? '' : this.href.slice(at);
    },
  };
  const calls: (string | null | undefined)[] = [];
  const replaceState = (_data: unknown, _unused: string, url?: string | null) => {
    calls.push(url);
    if (typeof url === 'string') location.href = url;
  };
  return { location, replaceState, calls };
}

describe('share link location', () => {
  it('reads a share link from the fragment and removes it after use', () => {
    const workspace = createWorkspaceStore({ name: 'echo', valuesText: 'name: echo # hi\n' }, 1)
      .workspaces[0]!;
    const link = encodeShareLink(workspace, { includeSecrets: true });
    const browser = fakeBrowser(`https://studio.example/app/?x=1${link.fragment}`);
    const location = createShareLinkLocation(browser.location, browser.replaceState);
    expect(location.read()).toEqual({ kind: 'share', fragment: link.fragment.slice(1) });
    expect(location.baseUrl()).toBe('https://studio.example/app/?x=1');
    location.clear();
    expect(browser.calls).toEqual(['https://studio.example/app/?x=1']);
    expect(location.read()).toEqual({ kind: 'none' });
  });

  it('builds URLs to copy and shows a fragment without navigating', () => {
    const browser = fakeBrowser('https://studio.example/');
    const location = createShareLinkLocation(browser.location, browser.replaceState);
    const deepLink = pathFragment(['scaling', 'advanced', 'formula']);
    expect(location.urlFor(deepLink)).toBe('https://studio.example/#path=scaling.advanced.formula');
    expect(location.urlFor('path=a')).toBe('https://studio.example/#path=a');
    location.show(deepLink);
    expect(location.read()).toEqual({ kind: 'path', path: ['scaling', 'advanced', 'formula'] });
  });
});
