import type { PageWindow } from '@/core/scaling-lab-view/index.ts';
import { Button } from '@/ui/components/button.tsx';

/** Previous/next buttons and the row caption of a paged table. */
export function Pager({
  window,
  label,
  onPage,
}: {
  window: PageWindow;
  label: string;
  onPage: (page: number) => void;
}) {
  return (
    <nav
      aria-label={`${label} pages`}
      className="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-300"
    >
      <Button
        variant="ghost"
        className="px-1.5 py-0.5 text-xs"
        disabled={window.page === 0}
        onClick={() => onPage(0)}
      >
        First
      </Button>
      <Button
        variant="ghost"
        className="px-1.5 py-0.5 text-xs"
        disabled={window.page === 0}
        onClick={() => onPage(window.page - 1)}
      >
        Previous
      </Button>
      <span aria-live="polite">
        {window.caption} (page {window.page + 1} of {window.pages.toLocaleString('en-US')})
      </span>
      <Button
        variant="ghost"
        className="px-1.5 py-0.5 text-xs"
        disabled={window.page >= window.pages - 1}
        onClick={() => onPage(window.page + 1)}
      >
        Next
      </Button>
      <Button
        variant="ghost"
        className="px-1.5 py-0.5 text-xs"
        disabled={window.page >= window.pages - 1}
        onClick={() => onPage(window.pages - 1)}
      >
        Last
      </Button>
    </nav>
  );
}
