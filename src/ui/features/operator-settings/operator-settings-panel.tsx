import { useId, useMemo, useRef } from 'react';
import { operatorPresets } from '@/core/operator-settings/index.ts';
import { downloadArtifact } from '@/io/download-file.ts';
import { readValuesFile } from '@/io/read-file.ts';
import { Button } from '@/ui/components/button.tsx';
import { MenuButton } from '@/ui/components/menu-button.tsx';
import { useStudioSlice, useStudioStore } from '@/ui/state/studio-context.tsx';

const presetItems = operatorPresets.map((p) => ({ id: p.id, label: p.title }));

/**
 * The operator's configuration (asya-operator chart values): transports, gateway URL, sidecar
 * image, queue management. The preview's operator stage is computed with it.
 */
export function OperatorSettingsPanel() {
  const text = useStudioSlice((s) => s.operatorSettingsText);
  const diagnostics = useStudioSlice((s) => s.derived.diagnostics);
  const problems = useMemo(
    () => diagnostics.filter((d) => d.stage === 'operator-settings'),
    [diagnostics],
  );
  const { actions } = useStudioStore();
  const fileInput = useRef<HTMLInputElement>(null);
  const editorId = useId();

  return (
    <section aria-label="Operator settings" className="flex h-full min-h-0 flex-col gap-2 p-3">
      <p className="text-xs text-slate-600 dark:text-slate-300">
        How the Asya operator is installed in your cluster, in the format of the asya-operator
        chart&apos;s values. Transports, queues, the gateway URL and the sidecar image come from
        here, not from the actor&apos;s values.
      </p>
      <div className="flex flex-wrap gap-2">
        <MenuButton
          label="Operator preset"
          items={presetItems}
          onSelect={(id) =>
            actions.setOperatorSettingsText(operatorPresets.find((p) => p.id === id)?.text ?? text)
          }
        />
        <Button onClick={() => fileInput.current?.click()}>Import operator settings</Button>
        <input
          ref={fileInput}
          type="file"
          accept=".yaml,.yml"
          aria-label="Import operator settings"
          className="sr-only"
          tabIndex={-1}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file)
              void readValuesFile(file).then((read) =>
                read.ok
                  ? actions.setOperatorSettingsText(read.text)
                  : actions.notify(read.message, 'error'),
              );
          }}
        />
        <Button
          onClick={() =>
            downloadArtifact({
              filename: 'operator-values.yaml',
              mimeType: 'application/yaml',
              content: text,
            })
          }
        >
          Export operator settings
        </Button>
      </div>
      <label htmlFor={editorId} className="text-xs font-medium">
        operator-values.yaml
      </label>
      <textarea
        id={editorId}
        value={text}
        spellCheck={false}
        onChange={(e) => actions.setOperatorSettingsText(e.currentTarget.value)}
        className="min-h-64 flex-1 resize-none rounded-md border border-slate-300 bg-white p-2 font-mono text-xs leading-5 dark:border-slate-600 dark:bg-slate-900"
      />
      {problems.length > 0 && (
        <ul aria-label="Operator settings problems" className="text-xs">
          {problems.map((d, i) => (
            <li
              key={i}
              className={
                d.severity === 'error'
                  ? 'text-red-700 dark:text-red-400'
                  : 'text-amber-700 dark:text-amber-400'
              }
            >
              {d.range ? `${d.range.line}:${d.range.col} ` : ''}
              {d.message} {d.fix && `Fix: ${d.fix}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
