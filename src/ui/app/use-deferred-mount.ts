import { useEffect, useState } from 'react';

/** True after the first paint, so heavy parts (Monaco) load once the studio is on screen. */
export function useDeferredMount(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTimeout(() => setReady(true), 0));
    return () => cancelAnimationFrame(frame);
  }, []);
  return ready;
}
