import { ModalDialog } from '@/ui/components/modal-dialog.tsx';
import type { Command } from './command.ts';

/** `?`: the keyboard shortcuts, from the same command list as the palette. */
export function CheatSheet({
  open,
  onClose,
  commands,
}: {
  open: boolean;
  onClose: () => void;
  commands: readonly Command[];
}) {
  const withKeys = commands.filter((c) => c.shortcut);
  return (
    <ModalDialog title="Keyboard shortcuts" open={open} onClose={onClose}>
      <table className="w-full text-sm">
        <thead>
          <tr>
            <th className="text-left font-medium">Action</th>
            <th className="text-left font-medium">Keys</th>
          </tr>
        </thead>
        <tbody>
          {withKeys.map((c) => (
            <tr key={c.id}>
              <td className="py-0.5">{c.title}</td>
              <td>
                <kbd className="font-mono text-xs">{c.shortcut}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-xs text-slate-600 dark:text-slate-300">
        Tab moves through every control; in the editor, Ctrl+M switches Tab between indenting and
        moving focus.
      </p>
    </ModalDialog>
  );
}
