import { selectedDocumentPath, selectedValues } from '@/ui/state/selected-actor.ts';
import { useId, useMemo, useState } from 'react';
import { isRecord } from '@/core/shared/is-record.ts';
import { checkFormula } from '@/core/scaling-lab-view/index.ts';
import { useStudioSlice, useStudioStore } from '@/ui/state/studio-context.tsx';
import { FormulaCheckView } from './formula-check-view.tsx';
import { updateLab, useLab } from './lab-store.ts';
import { useScaledObject } from './use-lab-model.ts';

const inputClass =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-sm read-only:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:read-only:bg-slate-900';

function advancedField(values: unknown, key: string): string {
  const scaling = isRecord(values) && isRecord(values.scaling) ? values.scaling : {};
  const advanced = isRecord(scaling.advanced) ? scaling.advanced : {};
  const value = advanced[key];
  if (value === undefined || value === null) return '';
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}

/** A text box bound to one `scaling.advanced` value of the document; empty removes the key. */
function DocumentField({
  label,
  field,
  help,
}: {
  label: string;
  field: 'formula' | 'target';
  help: string;
}) {
  const id = useId();
  const stored = useStudioSlice((s) => advancedField(selectedValues(s), field));
  const locked = useStudioSlice((s) => s.derived.formLocked);
  const { actions, store } = useStudioStore();
  const [draft, setDraft] = useState(stored);
  const [synced, setSynced] = useState(stored);
  // Follow the document when it changes elsewhere (editor, undo); typing here changes both alike.
  if (stored !== synced) {
    setSynced(stored);
    setDraft(stored);
  }
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium">
        {label}
      </label>
      <input
        id={id}
        type="text"
        spellCheck={false}
        autoComplete="off"
        readOnly={locked}
        aria-describedby={`${id}-help`}
        value={draft}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          actions.setValue(
            selectedDocumentPath(store.getState(), ['scaling', 'advanced', field]),
            text === '' ? undefined : text,
          );
        }}
        className={inputClass}
      />
      <p id={`${id}-help`} className="text-xs text-slate-500 dark:text-slate-400">
        {locked ? 'The YAML has a syntax error: fix it in the editor first.' : help}
      </p>
    </div>
  );
}

/** The document's formula and a free playground formula, each checked as you type. */
export function FormulaSection() {
  const scaledObject = useScaledObject();
  const formula = useStudioSlice((s) => advancedField(selectedValues(s), 'formula'));
  const playground = useLab((s) => s.playgroundFormula);
  const chartPlayground = useLab((s) => s.chartPlayground);
  const playgroundId = useId();
  const chartId = useId();
  const documentCheck = useMemo(() => checkFormula(formula, scaledObject), [formula, scaledObject]);
  const playgroundCheck = useMemo(
    () => checkFormula(playground, scaledObject),
    [playground, scaledObject],
  );

  return (
    <section aria-labelledby={`${playgroundId}-heading`} className="space-y-3">
      <h3 id={`${playgroundId}-heading`} className="text-sm font-semibold">
        Formula playground
      </h3>
      <div>
        <DocumentField
          label="scaling.advanced.formula (in your values)"
          field="formula"
          help="Edits the document. Empty removes the formula."
        />
        {formula === '' ? (
          <p className="text-xs text-slate-500 dark:text-slate-400">
            No formula: KEDA scales on the queue length per pod (scaling.queueLength).
          </p>
        ) : (
          <FormulaCheckView text={formula} check={documentCheck} label="Document formula" />
        )}
      </div>
      <DocumentField
        label="scaling.advanced.target (in your values)"
        field="target"
        help='The composite value one pod handles, e.g. "1". KEDA refuses a formula without it.'
      />
      <div>
        <label htmlFor={playgroundId} className="block text-xs font-medium">
          Playground formula (not saved in your values)
        </label>
        <input
          id={playgroundId}
          type="text"
          spellCheck={false}
          autoComplete="off"
          value={playground}
          onChange={(e) => updateLab({ playgroundFormula: e.currentTarget.value })}
          className={inputClass}
        />
        <FormulaCheckView text={playground} check={playgroundCheck} label="Playground formula" />
        <div className="mt-1 flex items-center gap-2 text-xs">
          <input
            id={chartId}
            type="checkbox"
            checked={chartPlayground}
            onChange={(e) => updateLab({ chartPlayground: e.currentTarget.checked })}
          />
          <label htmlFor={chartId}>
            Chart the playground formula instead of the document&apos;s (with the document&apos;s
            target, or 1)
          </label>
        </div>
      </div>
    </section>
  );
}
