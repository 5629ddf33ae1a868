import { useStoreSlice } from '@/ui/state/create-store.ts';
import type { WorkspaceSession } from '@/ui/state/workspace-session.ts';
import { Button } from '@/ui/components/button.tsx';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "Restored draft from …" with a way back to a clean example, and undo after a delete. */
export function SessionNotices({ workspaces: controller }: { workspaces: WorkspaceSession }) {
  const restoredAt = useStoreSlice(controller.session, (s) => s.restoredAt);
  const lastDeleted = useStoreSlice(controller.session, (s) => s.lastDeleted);
  if (restoredAt === undefined && !lastDeleted) return null;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-slate-100 px-3 py-1 text-sm dark:border-slate-700 dark:bg-slate-800"
    >
      {restoredAt !== undefined && (
        <>
          <span>Restored draft from {timeFormat.format(restoredAt)}.</span>
          <Button variant="ghost" onClick={controller.resetToExample}>
            Start from a clean example
          </Button>
          <Button
            variant="ghost"
            onClick={controller.dismissRestored}
            aria-label="Dismiss the restored-draft notice"
          >
            ✕
          </Button>
        </>
      )}
      {lastDeleted && (
        <>
          <span>Deleted workspace “{lastDeleted.workspace.name}”.</span>
          <Button variant="ghost" onClick={controller.undoRemove}>
            Undo delete
          </Button>
        </>
      )}
    </div>
  );
}
