import { useStudioSlice, useStudioStore } from '@/ui/state/studio-context.tsx';
import { cn } from '@/ui/components/cn.ts';

/** One short message at a time: a file that was refused, an edit that could not be made. */
export function NoticeBar() {
  const notice = useStudioSlice((s) => s.notice);
  const { actions } = useStudioStore();
  if (!notice) return null;
  return (
    <div
      role={notice.tone === 'error' ? 'alert' : 'status'}
      className={cn(
        'flex items-center gap-2 border-b px-3 py-1.5 text-sm',
        notice.tone === 'error'
          ? 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100'
          : 'border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100',
      )}
    >
      <span className="flex-1">{notice.text}</span>
      <button
        type="button"
        onClick={actions.dismissNotice}
        className="rounded px-1.5 hover:bg-black/5"
        aria-label="Dismiss message"
      >
        ✕
      </button>
    </div>
  );
}
