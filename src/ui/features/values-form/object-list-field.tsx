import { memo, type ReactNode } from 'react';
import { formatValuesPath, type ValuesPath } from '@/core/diagnostics/index.ts';
import { formItemLabel, type FormList } from '@/core/schema/form-sections.ts';
import { Button } from '@/ui/components/button.tsx';
import { useStudioStore } from '@/ui/state/studio-context.tsx';
import { useField } from './use-field.ts';

interface ListItemProps {
  /** The list's path inside the selected actor; `at` turns it into a document path. */
  path: ValuesPath;
  at: (path: ValuesPath) => ValuesPath;
  list: FormList;
  item: unknown;
  index: number;
  locked: boolean;
  renderItem: (itemPath: ValuesPath) => ReactNode;
}

/** One card; unchanged items (the same value object) skip re-rendering when another item changes. */
const ListItem = memo(
  function ListItem({ path, at, list, item, index, locked, renderItem }: ListItemProps) {
    const { actions } = useStudioStore();
    const label = formItemLabel(list, item, index);
    return (
      <div className="mb-2 rounded border border-slate-100 p-2 dark:border-slate-800">
        <div className="mb-1 flex items-center justify-between">
          <span className="font-mono text-xs text-slate-600 dark:text-slate-300">{label}</span>
          <Button
            variant="ghost"
            className="px-1.5 py-0.5 text-xs"
            disabled={locked}
            aria-label={`Remove ${list.itemNoun} ${label}`}
            onClick={() => actions.setValue(at([...path, index]), undefined)}
          >
            Remove
          </Button>
        </div>
        {renderItem([...path, index])}
      </div>
    );
  },
  // `renderItem` is made anew by each render of the list, but always from the same `list`.
  (a, b) =>
    a.item === b.item &&
    a.index === b.index &&
    a.locked === b.locked &&
    a.list === b.list &&
    formatValuesPath(a.path) === formatValuesPath(b.path),
);

/** A list of objects (containers, env vars, mounts…): one card per item, with add and remove. */
export function ObjectListField({
  path,
  list,
  renderItem,
}: {
  path: ValuesPath;
  list: FormList;
  renderItem: (itemPath: ValuesPath) => ReactNode;
}) {
  const field = useField(path);
  const { actions } = useStudioStore();
  const items = Array.isArray(field.value) ? (field.value as unknown[]) : [];
  return (
    <fieldset
      className="mb-3 rounded-md border border-slate-200 p-2 dark:border-slate-700"
      data-path={field.dotted}
    >
      <legend className="px-1 text-xs font-semibold text-slate-700 dark:text-slate-200">
        {list.title}
      </legend>
      {field.diagnostics.map((d, i) => (
        <p key={i} className="mb-1 text-xs text-red-700 dark:text-red-400">
          {d.message}
        </p>
      ))}
      {items.map((item, index) => (
        <ListItem
          key={index}
          path={path}
          at={field.at}
          list={list}
          item={item}
          index={index}
          locked={field.locked}
          renderItem={renderItem}
        />
      ))}
      <Button
        variant="ghost"
        className="text-xs"
        disabled={field.locked}
        onClick={() =>
          items.length
            ? actions.setValue(field.at([...path, items.length]), list.newItem)
            : field.set([list.newItem])
        }
      >
        + Add {list.itemNoun}
      </Button>
    </fieldset>
  );
}
