import { useMemo, useState } from 'react';
import { encodeShareLink } from '@/core/workspace/share-link.ts';
import { copyText } from '@/io/clipboard.ts';
import type { ShareLinkLocation } from '@/io/share-link-location.ts';
import { Button } from '@/ui/components/button.tsx';
import { ModalDialog } from '@/ui/components/modal-dialog.tsx';
import { useStudioSlice, useStudioStore } from '@/ui/state/studio-context.tsx';

/**
 * The workspace as a link: compressed into the URL fragment, which browsers never send to a
 * server. Secrets stay out unless the box is ticked, and the link records what was left out.
 */
export function ShareDialog({
  open,
  onClose,
  name,
  location,
}: {
  open: boolean;
  onClose: () => void;
  name: string;
  location: ShareLinkLocation;
}) {
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const { actions } = useStudioStore();
  const valuesText = useStudioSlice((s) => s.history.present);
  const profile = useStudioSlice((s) => s.profile);
  const operatorSettingsText = useStudioSlice((s) => s.operatorSettingsText);
  const link = useMemo(
    () =>
      open
        ? encodeShareLink(
            { name, valuesText, profile, operatorSettingsText },
            { includeSecrets, baseUrl: location.baseUrl() },
          )
        : undefined,
    [open, name, valuesText, profile, operatorSettingsText, includeSecrets, location],
  );
  const url = link ? location.urlFor(link.fragment) : '';

  return (
    <ModalDialog title="Copy share link" open={open} onClose={onClose}>
      {link && (
        <div className="space-y-3 text-sm">
          <p>
            The workspace travels inside the link&apos;s fragment (after #), which the browser never
            sends to a server.
          </p>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={includeSecrets}
              onChange={(e) => setIncludeSecrets(e.currentTarget.checked)}
            />
            Include secrets (passwords, keys) in the link
          </label>
          {link.strippedSecrets.length > 0 && (
            <p className="text-amber-800 dark:text-amber-300">
              Left out of the link: {link.strippedSecrets.join(', ')}. The receiver is told.
            </p>
          )}
          {link.tooLong ? (
            <p role="alert" className="text-red-700 dark:text-red-400">
              This link is {link.length.toLocaleString()} characters long; browsers and chat tools
              cut links this long. Use Export → Download bundle instead.
            </p>
          ) : (
            <p className="text-slate-600 dark:text-slate-300">
              {link.length.toLocaleString()} characters.
            </p>
          )}
          <input
            aria-label="Share link"
            readOnly
            value={url}
            className="w-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
          />
          <div className="flex justify-end gap-2">
            <Button onClick={onClose}>Close</Button>
            <Button
              variant="primary"
              onClick={() => {
                void copyText(url).then((ok) =>
                  actions.notify(
                    ok
                      ? 'Share link copied.'
                      : 'The browser refused the clipboard; copy the link from the box.',
                    ok ? 'info' : 'error',
                  ),
                );
                onClose();
              }}
            >
              Copy link
            </Button>
          </div>
        </div>
      )}
    </ModalDialog>
  );
}
