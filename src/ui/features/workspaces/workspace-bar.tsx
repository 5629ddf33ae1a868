import { useId, useState } from 'react';
import { defaultExample } from '@/core/examples/default-example.ts';
import { Button } from '@/ui/components/button.tsx';
import { useStoreSlice } from '@/ui/state/create-store.ts';
import type { WorkspaceSession } from '@/ui/state/workspace-session.ts';
import { useStudioSlice } from '@/ui/state/studio-context.tsx';

/** Switch, create, rename, duplicate and delete named workspaces (each kept as a browser draft). */
export function WorkspaceBar({ workspaces: controller }: { workspaces: WorkspaceSession }) {
  const state = useStoreSlice(controller.session, (s) => s.workspaces);
  const selectId = useId();
  const nameId = useId();
  const [renaming, setRenaming] = useState<string>();
  const profile = useStudioSlice((s) => s.profile);
  const operatorSettingsText = useStudioSlice((s) => s.operatorSettingsText);
  const active = state.workspaces.find((w) => w.id === state.activeId);

  const createFromExample = () => {
    controller.newWorkspace({
      name: defaultExample.title,
      valuesText: defaultExample.text,
      profile,
      operatorSettingsText,
    });
  };

  return (
    <div className="flex items-center gap-1.5 text-sm">
      <label htmlFor={selectId}>Workspace</label>
      {renaming === undefined ? (
        <select
          id={selectId}
          value={state.activeId}
          onChange={(e) => controller.select(e.currentTarget.value)}
          className="max-w-48 rounded-md border border-slate-300 bg-white px-1.5 py-1 dark:border-slate-600 dark:bg-slate-800"
        >
          {state.workspaces.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
      ) : (
        <form
          className="flex items-center gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            if (active && renaming.trim()) controller.rename(active.id, renaming.trim());
            setRenaming(undefined);
          }}
        >
          <label htmlFor={nameId} className="sr-only">
            Workspace name
          </label>
          <input
            id={nameId}
            // Focus moves into the name field the user just asked to edit.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            value={renaming}
            onChange={(e) => setRenaming(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Escape' && setRenaming(undefined)}
            className="w-40 rounded-md border border-slate-300 bg-white px-1.5 py-1 dark:border-slate-600 dark:bg-slate-800"
          />
          <Button type="submit">Save name</Button>
        </form>
      )}
      {renaming === undefined && (
        <>
          <Button
            variant="ghost"
            title="New workspace from the echo-actor example"
            onClick={createFromExample}
          >
            New
          </Button>
          <Button variant="ghost" onClick={() => active && setRenaming(active.name)}>
            Rename
          </Button>
          <Button variant="ghost" onClick={() => active && controller.duplicate(active.id)}>
            Duplicate
          </Button>
          <Button
            variant="ghost"
            disabled={state.workspaces.length < 2}
            onClick={() => active && controller.remove(active.id)}
          >
            Delete
          </Button>
        </>
      )}
    </div>
  );
}
