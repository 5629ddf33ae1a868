import { useEffect, useState } from 'react';
import { afterNextPaint } from '@/io/after-next-paint.ts';

/**
 * True after the first paint and once `after` has settled, so heavy parts (Monaco) load once the
 * studio is on screen and do not take the main thread from what `after` brings (the form's values).
 */
export function useDeferredMount(after: Promise<unknown>): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancel: (() => void) | undefined;
    let cancelled = false;
    void after.finally(() => {
      if (!cancelled) cancel = afterNextPaint(() => setReady(true));
    });
    return () => {
      cancelled = true;
      cancel?.();
    };
  }, [after]);
  return ready;
}
