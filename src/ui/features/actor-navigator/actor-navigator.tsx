import { memo, useCallback, useState } from 'react';
import type { EditResult } from '@/core/document/index.ts';
import { parseValuesText } from '@/core/document/index.ts';
import { loadReadmeExample, readmeExampleTitles } from '@/core/examples/index.ts';
import {
  addActor,
  duplicateActor,
  moveActor,
  removeActor,
  renameActor,
  type ActorSlice,
  type ActorSummary,
} from '@/core/release/index.ts';
import { Button } from '@/ui/components/button.tsx';
import { cn } from '@/ui/components/cn.ts';
import { MenuButton } from '@/ui/components/menu-button.tsx';
import { useStudioSlice, useStudioStore } from '@/ui/state/studio-context.tsx';
import { useActorSummaries } from '@/ui/state/use-actor-summaries.ts';
import { DocumentKindBadge } from './document-kind-badge.tsx';

const exampleItems = readmeExampleTitles.map((e) => ({ id: e.id, label: e.title }));

/** Errors, else KEDA's verdict, as one short badge. */
function statusBadge(summary: ActorSummary): { text: string; tone: string } {
  if (summary.errors > 0)
    return {
      text: `${summary.errors} error${summary.errors === 1 ? '' : 's'}`,
      tone: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300',
    };
  if (summary.keda === 'rejected')
    return {
      text: 'KEDA refuses',
      tone: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
    };
  if (summary.keda === 'accepted')
    return {
      text: 'KEDA ok',
      tone: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
    };
  return {
    text: summary.keda ? 'no autoscaling' : '…',
    tone: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
  };
}

function RenameForm({ initial, onDone }: { initial: string; onDone: (name?: string) => void }) {
  const [name, setName] = useState(initial);
  return (
    <form
      className="flex gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        onDone(name.trim() || undefined);
      }}
    >
      <input
        aria-label="New actor name"
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the user just asked to rename
        autoFocus
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Escape' && onDone()}
        className="w-32 rounded border border-slate-300 px-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
      />
      <Button type="submit" variant="ghost" className="px-1 py-0 text-xs">
        Rename
      </Button>
    </form>
  );
}

interface ActorRowProps {
  summary: ActorSummary;
  active: boolean;
  renaming: boolean;
  onSelect: (index: number) => void;
  onStartRename: (index: number) => void;
  onRenamed: (index: number, name?: string) => void;
}

/** A summary holds scalars only: equal fields draw the same line. */
function sameSummary(a: ActorSummary, b: ActorSummary): boolean {
  const keys = Object.keys(a) as (keyof ActorSummary)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * One actor's line, drawn again only when what it shows changes: a keystroke changes one actor of
 * many, and the summaries are computed afresh each time.
 */
const ActorRow = memo(
  function ActorRow({
    summary,
    active,
    renaming,
    onSelect,
    onStartRename,
    onRenamed,
  }: ActorRowProps) {
    const badge = statusBadge(summary);
    return (
      <li
        data-actor={summary.label}
        className={cn(
          'mb-0.5 flex items-center gap-2 rounded px-1.5 py-1 text-xs',
          active
            ? 'bg-indigo-100 dark:bg-indigo-950'
            : 'hover:bg-slate-100 dark:hover:bg-slate-800',
        )}
      >
        {renaming ? (
          <RenameForm initial={summary.label} onDone={(name) => onRenamed(summary.index, name)} />
        ) : (
          <button
            type="button"
            aria-pressed={active}
            onClick={() => onSelect(summary.index)}
            onDoubleClick={() => onStartRename(summary.index)}
            className="min-w-0 flex-1 truncate text-left font-mono font-medium"
          >
            {summary.label}
          </button>
        )}
        <span className="text-slate-500 dark:text-slate-400">{summary.transport || '—'}</span>
        <span className="truncate font-mono text-slate-500 dark:text-slate-400">
          {summary.queue}
        </span>
        <span data-testid="actor-status" className={cn('rounded px-1', badge.tone)}>
          {badge.text}
        </span>
      </li>
    );
  },
  (a, b) =>
    a.active === b.active &&
    a.renaming === b.renaming &&
    a.onSelect === b.onSelect &&
    a.onStartRename === b.onStartRename &&
    a.onRenamed === b.onRenamed &&
    sameSummary(a.summary, b.summary),
);

/**
 * Every actor of the document with its transport, queue and status; selecting one points the
 * form, the preview and the lab at it. Add, copy, rename, remove and move are edits of the one
 * YAML text (undoable like any other edit).
 */
export function ActorNavigator() {
  const { actions, store } = useStudioStore();
  const split = useStudioSlice((s) => s.derived.split);
  const { kind, summaries, fromLines } = useActorSummaries();
  const locked = useStudioSlice((s) => s.derived.formLocked);
  const [renaming, setRenaming] = useState<number>();
  const selected = useStudioSlice((s) => Math.max(0, Math.min(s.actor, summaries.length - 1)));
  // No edits until the document is read: they work on its actors as read.
  const slice: ActorSlice | undefined = fromLines ? undefined : split.actors[selected];
  const taken = split.actors.map((a) => a.label);
  const edit = (make: (text: string, values: unknown) => EditResult, select?: number) => {
    const state = store.getState();
    const result = make(state.history.present, state.derived.values);
    actions.applyEdit(result);
    if (!('error' in result) && select !== undefined) actions.selectActor(select);
  };
  // Stable across keystrokes (reads the actors when called), so unchanged rows are not drawn again.
  const renamed = useCallback(
    (index: number, name?: string) => {
      setRenaming(undefined);
      const state = store.getState();
      const target = state.derived.split.actors[index];
      if (!name || !target) return;
      actions.applyEdit(renameActor(state.history.present, target, name));
    },
    [actions, store],
  );
  const addFromExample = (id: string) => {
    void loadReadmeExample(id).then((example) => {
      const values = example && parseValuesText(example.text).values;
      if (!slice || !values || typeof values !== 'object' || Array.isArray(values)) return;
      edit(
        (text, current) => addActor(text, current, slice, values as Record<string, unknown>, taken),
        split.actors.length,
      );
    });
  };

  return (
    <section
      aria-label="Actors"
      className="border-b border-slate-200 bg-slate-50 px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="mb-1 flex flex-wrap items-center gap-2">
        <DocumentKindBadge kind={kind} actors={summaries.length} />
      </div>
      {kind !== 'single-actor' && (
        <>
          <ul className="max-h-56 overflow-y-auto" aria-label="Actor list">
            {summaries.map((summary) => (
              <ActorRow
                key={summary.index}
                summary={summary}
                active={summary.index === selected}
                renaming={renaming === summary.index}
                onSelect={actions.selectActor}
                onStartRename={setRenaming}
                onRenamed={renamed}
              />
            ))}
          </ul>
          {slice && (
            <div className="mt-1 flex flex-wrap gap-1" aria-label="Actor actions">
              <Button
                variant="ghost"
                className="px-1.5 py-0.5 text-xs"
                disabled={locked}
                onClick={() =>
                  edit(
                    (text, values) => duplicateActor(text, values, slice, taken),
                    split.actors.length,
                  )
                }
              >
                Duplicate
              </Button>
              <Button
                variant="ghost"
                className="px-1.5 py-0.5 text-xs"
                disabled={locked}
                onClick={() => setRenaming(selected)}
              >
                Rename
              </Button>
              <Button
                variant="ghost"
                className="px-1.5 py-0.5 text-xs"
                disabled={locked || selected === 0}
                aria-label="Move actor up"
                onClick={() => edit((text) => moveActor(text, slice, -1), selected - 1)}
              >
                ↑
              </Button>
              <Button
                variant="ghost"
                className="px-1.5 py-0.5 text-xs"
                disabled={locked || selected >= split.actors.length - 1}
                aria-label="Move actor down"
                onClick={() => edit((text) => moveActor(text, slice, 1), selected + 1)}
              >
                ↓
              </Button>
              <Button
                variant="ghost"
                className="px-1.5 py-0.5 text-xs"
                disabled={locked || split.actors.length < 2}
                onClick={() => edit((text) => removeActor(text, slice), Math.max(0, selected - 1))}
              >
                Remove
              </Button>
              <MenuButton label="Add from example" items={exampleItems} onSelect={addFromExample} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
