import { Button } from '@/ui/components/button.tsx';
import { ModalDialog } from '@/ui/components/modal-dialog.tsx';
import { useStoreSlice } from '@/ui/state/create-store.ts';
import type { WorkspaceSession } from '@/ui/state/workspace-session.ts';

/** Shows what an opened share link holds before anything is replaced; accepting adds a workspace. */
export function IncomingLinkDialog({ workspaces: controller }: { workspaces: WorkspaceSession }) {
  const link = useStoreSlice(controller.session, (s) => s.pendingLink);
  const w = link?.workspace;
  const lines = w?.valuesText ? w.valuesText.split('\n').length : 0;
  return (
    <ModalDialog title="Open shared workspace?" open={!!link} onClose={controller.dismissLink}>
      {w && (
        <div className="space-y-3 text-sm">
          <p>
            This link holds the workspace <strong>{w.name ?? 'Shared workspace'}</strong> (chart{' '}
            {w.profile ?? 'asya-test-actor'}, {lines} lines of values
            {w.operatorSettingsText ? ', with operator settings' : ''}). Opening it adds a new
            workspace; your current one stays as it is.
          </p>
          {link.strippedSecrets.length > 0 && (
            <p className="text-amber-800 dark:text-amber-300">
              Secrets were left out of this link: {link.strippedSecrets.join(', ')}.
            </p>
          )}
          <pre
            aria-label="Shared values"
            className="max-h-60 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-800"
          >
            {w.valuesText}
          </pre>
          <div className="flex justify-end gap-2">
            <Button onClick={controller.dismissLink}>Keep my workspace</Button>
            <Button variant="primary" onClick={controller.acceptLink}>
              Open shared workspace
            </Button>
          </div>
        </div>
      )}
    </ModalDialog>
  );
}
