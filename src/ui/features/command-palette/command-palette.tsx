import { useId, useState, type KeyboardEvent } from 'react';
import { ModalDialog } from '@/ui/components/modal-dialog.tsx';
import { cn } from '@/ui/components/cn.ts';
import { filterCommands, type Command } from './command.ts';

/** Ctrl/Cmd+K: every action by name; arrows choose, Enter runs, Escape closes. */
export function CommandPalette({
  open,
  onClose,
  commands,
}: {
  open: boolean;
  onClose: () => void;
  commands: readonly Command[];
}) {
  return (
    <ModalDialog title="Command palette" open={open} onClose={onClose}>
      <PaletteBody onClose={onClose} commands={commands} />
    </ModalDialog>
  );
}

function PaletteBody({ onClose, commands }: { onClose: () => void; commands: readonly Command[] }) {
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const listId = useId();
  const shown = filterCommands(commands, query);
  const selected = shown[Math.min(index, shown.length - 1)];
  const run = (command: Command | undefined) => {
    if (!command) return;
    onClose();
    command.run();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setIndex((i) => Math.min(i + 1, shown.length - 1));
    else if (event.key === 'ArrowUp') setIndex((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter') run(selected);
    else return;
    event.preventDefault();
  };
  return (
    <div>
      <input
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={selected ? `${listId}-${selected.id}` : undefined}
        // The palette exists to be typed into.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        value={query}
        placeholder="Type a command…"
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setIndex(0);
        }}
        onKeyDown={onKeyDown}
        className="mb-2 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-800"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Commands"
        className="max-h-80 overflow-auto text-sm"
      >
        {shown.map((c) => (
          // Keyboard users choose through the combobox (aria-activedescendant); the click is for the mouse.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={c.id}
            id={`${listId}-${c.id}`}
            role="option"
            aria-selected={c === selected}
            onClick={() => run(c)}
            className={cn(
              'flex cursor-pointer justify-between rounded px-2 py-1',
              c === selected && 'bg-indigo-100 dark:bg-indigo-900',
            )}
          >
            <span>{c.title}</span>
            {c.shortcut && (
              <kbd className="font-mono text-xs text-slate-600 dark:text-slate-300">
                {c.shortcut}
              </kbd>
            )}
          </li>
        ))}
        {shown.length === 0 && <li className="px-2 py-1 text-slate-500">No command matches.</li>}
      </ul>
    </div>
  );
}
