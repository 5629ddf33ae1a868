import { useId, useState } from 'react';
import type { ValuesPath } from '@/core/diagnostics/index.ts';
import { Button } from '@/ui/components/button.tsx';
import { useStudioStore } from '@/ui/state/studio-context.tsx';
import { ScalarField } from './scalar-field.tsx';
import { useField } from './use-field.ts';

/** A map of names to values (labels, annotations, nodeSelector, resource limits): one row per key. */
export function MapField({
  path,
  title,
  keyPlaceholder = 'key',
}: {
  path: ValuesPath;
  title?: string;
  keyPlaceholder?: string;
}) {
  const field = useField(path);
  const { actions } = useStudioStore();
  const [newKey, setNewKey] = useState('');
  const newKeyId = useId();
  const entries =
    field.value && typeof field.value === 'object' && !Array.isArray(field.value)
      ? Object.keys(field.value)
      : [];
  const label = title ?? field.description?.label ?? String(path.at(-1));
  const add = () => {
    const key = newKey.trim();
    if (!key || entries.includes(key)) return;
    actions.setValue(field.at([...path, key]), '');
    setNewKey('');
  };
  return (
    <fieldset
      className="mb-3 rounded-md border border-slate-200 p-2 dark:border-slate-700"
      data-path={field.dotted}
    >
      <legend className="px-1 text-xs font-semibold text-slate-700 dark:text-slate-200">
        {label}
      </legend>
      {field.description?.help && (
        <p className="mb-1 text-xs text-slate-500 dark:text-slate-400">{field.description.help}</p>
      )}
      {entries.map((key) => (
        <ScalarField key={key} path={[...path, key]} label={key} compact />
      ))}
      <div className="flex items-center gap-1">
        <label htmlFor={newKeyId} className="sr-only">
          New key in {label}
        </label>
        <input
          id={newKeyId}
          value={newKey}
          readOnly={field.locked}
          placeholder={keyPlaceholder}
          onChange={(e) => setNewKey(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
        />
        <Button
          variant="ghost"
          className="text-xs"
          disabled={field.locked || !newKey.trim()}
          onClick={add}
        >
          + Add
        </Button>
      </div>
    </fieldset>
  );
}
