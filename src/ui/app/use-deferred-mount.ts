import { useEffect, useState } from 'react';

/**
 * True after the first paint and once `after` has settled, so heavy parts (Monaco) load once the
 * studio is on screen and do not take the main thread from what `after` brings (the form's values).
 */
export function useDeferredMount(after: Promise<unknown>): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let frame = 0;
    let cancelled = false;
    void after.finally(() => {
      if (!cancelled) frame = requestAnimationFrame(() => setTimeout(() => setReady(true), 0));
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
  }, [after]);
  return ready;
}
