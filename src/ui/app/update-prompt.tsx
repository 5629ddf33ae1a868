import { useState } from 'react';
import { Button } from '@/ui/components/button.tsx';

/**
 * Offers the new version the service worker has waiting. Nothing changes until the user agrees:
 * then the draft is written first (`beforeReload`), so no edit is lost across the reload.
 */
export function UpdatePrompt(props: { apply: () => Promise<void>; beforeReload: () => void }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div
      role="status"
      className="flex items-center gap-2 border-b border-indigo-200 bg-indigo-50 px-3 py-1.5 text-sm text-indigo-950 dark:border-indigo-800 dark:bg-indigo-950 dark:text-indigo-100"
    >
      <span className="flex-1">A new version of Actor Studio is available.</span>
      <Button
        variant="primary"
        onClick={() => {
          props.beforeReload();
          void props.apply();
        }}
      >
        Reload
      </Button>
      <Button variant="ghost" onClick={() => setDismissed(true)}>
        Later
      </Button>
    </div>
  );
}
