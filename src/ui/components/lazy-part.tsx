import { lazy, type ComponentType } from 'react';
import { onRetry } from './retry-failed.ts';

/**
 * `React.lazy` keeps a failed import for good, so Retry would show the same failure. This one
 * keeps it only until the next `retryFailed` (not at once: React renders again after the failure,
 * and a fresh import then would loop instead of reaching the error boundary). The browser does
 * not keep a failed module fetch (whatwg/html#10327), so the import runs again then.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const attempt = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          const stop = onRetry(() => {
            stop();
            reset();
          });
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
