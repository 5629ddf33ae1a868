/**
 * One Retry for everything whose code failed to load: lazily loaded regions, the error boundaries
 * showing their failure, and the studio's later stages. Several of them often fail together (they
 * share chunks), and a person should not have to find and press every Retry on the page.
 */
const listeners = new Set<() => void>();

/** Runs `listener` on every retry, until the returned function is called. */
export function onRetry(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tries again everything that failed to load. */
export function retryFailed(): void {
  for (const listener of [...listeners]) listener();
}
