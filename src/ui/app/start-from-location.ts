import type { ShareLinkLocation } from '@/io/share-link-location.ts';
import type { StudioStore } from '@/ui/state/studio-store.ts';
import type { WorkspaceSession } from '@/ui/state/workspace-session.ts';

/**
 * Acts on the page's fragment once: a share link is offered (never applied unasked), a
 * `#path=` deep link reveals its value. The fragment is then cleared so a reload shows the draft.
 */
export function startFromLocation(
  location: ShareLinkLocation,
  workspaces: WorkspaceSession,
  studio: StudioStore,
): void {
  const fragment = location.read();
  if (fragment.kind === 'share') {
    location.clear();
    // The decoder (decompression and the payload schema) loads only when a link is opened.
    void import('@/core/workspace/share-link.ts').then(({ decodeShareLink }) => {
      const link = decodeShareLink(fragment.fragment);
      if (link.ok) workspaces.offerLink(link);
      else studio.actions.notify(`The share link could not be opened: ${link.message}`, 'error');
    });
  } else if (fragment.kind === 'path') {
    // The field and the editor line exist only after the first render.
    requestAnimationFrame(() => studio.actions.reveal(fragment.path));
  }
}
