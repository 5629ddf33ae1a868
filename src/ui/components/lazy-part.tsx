import { lazy, type ComponentType } from 'react';

/** How to start again each region whose import failed; Retry runs them. */
const failedParts = new Set<() => void>();

/**
 * Lets every failed `lazyPart` import again on its next render (the browser does not keep a
 * failed module fetch: whatwg/html#10327). A `PartBoundary`'s Retry calls it.
 */
export function retryFailedParts(): void {
  for (const reset of failedParts) reset();
  failedParts.clear();
}

/**
 * `React.lazy` keeps a failed import for good, so Retry would show the same failure. This one
 * keeps it only until `retryFailedParts` (not at once: React renders again after the failure,
 * and a fresh import then would loop instead of reaching the error boundary).
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const attempt = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failedParts.add(reset);
          throw error;
        },
      ),
    );
  let current = attempt();
  const reset = () => {
    current = attempt();
  };
  return function LazyPart(props: P) {
    const Current = current;
    return <Current {...props} />;
  };
}
