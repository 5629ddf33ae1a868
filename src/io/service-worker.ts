/// <reference types="vite-plugin-pwa/vanillajs" />

/** Installs the waiting version: it takes over, then the page reloads. */
export type ApplyUpdate = () => Promise<void>;

/**
 * Registers the service worker that keeps the studio working offline (see vite.config.ts). Its
 * code (workbox-window) is imported here, after the page has loaded, so it is not part of the
 * first load. `onUpdate` hears of a new version, which waits until the user agrees to reload.
 */
export async function registerServiceWorker(onUpdate: (apply: ApplyUpdate) => void): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => onUpdate(() => update(true)),
  });
}

/** Runs `start` once the page has loaded (at once if it already has). */
export function afterPageLoad(start: () => void): () => void {
  if (document.readyState === 'complete') {
    start();
    return () => {};
  }
  window.addEventListener('load', start, { once: true });
  return () => window.removeEventListener('load', start);
}
