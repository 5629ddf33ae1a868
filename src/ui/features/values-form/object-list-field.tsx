import type { ReactNode } from 'react';
import type { ValuesPath } from '@/core/diagnostics/index.ts';
import { formItemLabel, type FormList } from '@/core/schema/form-sections.ts';
import { Button } from '@/ui/components/button.tsx';
import { useStudioStore } from '@/ui/state/studio-context.tsx';
import { useField } from './use-field.ts';

/** A list of objects (containers, env vars, mounts…): one card per item, with add and remove. */
export function ObjectListField({ path, list, renderItem }: { path: ValuesPath; list: FormList; renderItem: (itemPath: ValuesPath) => ReactNode }) {
  const field = useField(path);
  const { actions } = useStudioStore();
  const items = Array.isArray(field.value) ? (field.value as unknown[]) : [];
  return (
    <fieldset className="mb-3 rounded-md border border-slate-200 p-2 dark:border-slate-700" data-path={field.dotted}>
      <legend className="px-1 text-xs font-semibold text-slate-700 dark:text-slate-200">{list.title}</legend>
      {field.diagnostics.map((d, i) => (
        <p key={i} className="mb-1 text-xs text-red-700 dark:text-red-400">
          {d.message}
        </p>
      ))}
      {items.map((item, index) => {
        const label = formItemLabel(list, item, index);
        return (
          <div key={index} className="mb-2 rounded border border-slate-100 p-2 dark:border-slate-800">
            <div className="mb-1 flex items-center justify-between">
              <span className="font-mono text-xs text-slate-600 dark:text-slate-300">{label}</span>
              <Button
                variant="ghost"
                className="px-1.5 py-0.5 text-xs"
                disabled={field.locked}
                aria-label={`Remove ${list.itemNoun} ${label}`}
                onClick={() => actions.setValue([...path, index], undefined)}
              >
                Remove
              </Button>
            </div>
            {renderItem([...path, index])}
          </div>
        );
      })}
      <Button variant="ghost" className="text-xs" disabled={field.locked} onClick={() => (items.length ? actions.setValue([...path, items.length], list.newItem) : field.set([list.newItem]))}>
        + Add {list.itemNoun}
      </Button>
    </fieldset>
  );
}
