import { useId, useState } from 'react';
import { importAsyncActor } from '@/core/export/import-async-actor.ts';
import { readValuesFile } from '@/io/read-file.ts';
import { Button } from '@/ui/components/button.tsx';
import { useStudioSlice, useStudioStore } from '@/ui/state/studio-context.tsx';

/** Turns a bare AsyncActor manifest into values for the chosen chart, and says what is lost. */
export function ImportActorForm() {
  const { actions } = useStudioStore();
  const profile = useStudioSlice((s) => s.profile);
  const [manifest, setManifest] = useState('');
  const [unsupported, setUnsupported] = useState<string[]>([]);
  const textId = useId();
  const fileId = useId();

  const importText = (text: string) => {
    const result = importAsyncActor(text, profile);
    if (!result.ok) {
      actions.notify(result.message, 'error');
      return;
    }
    actions.setText(result.valuesText, 'file');
    setUnsupported(result.unsupported);
    actions.notify(
      result.unsupported.length
        ? `Imported, with ${result.unsupported.length} thing(s) the chart cannot express (listed in Export).`
        : 'Imported the AsyncActor into the values.',
    );
  };

  return (
    <div>
      <h3 className="mb-2 font-semibold">Import an AsyncActor manifest</h3>
      <label htmlFor={textId} className="text-xs font-medium">
        AsyncActor manifest
      </label>
      <textarea
        id={textId}
        value={manifest}
        onChange={(e) => setManifest(e.currentTarget.value)}
        spellCheck={false}
        rows={4}
        placeholder="apiVersion: asya.sh/v1alpha1&#10;kind: AsyncActor&#10;…"
        className="mt-1 w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
      />
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <Button disabled={!manifest.trim()} onClick={() => importText(manifest)}>
          Import manifest
        </Button>
        <label htmlFor={fileId} className="text-xs">
          or open a manifest file
        </label>
        <input
          id={fileId}
          type="file"
          accept=".yaml,.yml"
          className="text-xs"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file)
              void readValuesFile(file).then((read) =>
                read.ok ? importText(read.text) : actions.notify(read.message, 'error'),
              );
          }}
        />
      </div>
      {unsupported.length > 0 && (
        <ul
          aria-label="Not expressible in values"
          className="mt-2 list-disc pl-5 text-xs text-amber-800 dark:text-amber-300"
        >
          {unsupported.map((u) => (
            <li key={u}>{u}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
