import { useState } from 'react';

/**
 * False until `value` is first true, then true for good: a part that is loaded on first use
 * stays mounted afterwards, so it behaves as if it had always been there (focus return, state).
 */
export function useLatch(value: boolean): boolean {
  const [latched, setLatched] = useState(value);
  if (value && !latched) setLatched(true);
  return latched || value;
}
