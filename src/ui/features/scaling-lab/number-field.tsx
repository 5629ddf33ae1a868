import { useId, useState } from 'react';

/**
 * A labelled number box that keeps a half-typed draft and only reports numbers inside
 * [min, max]; the problem is shown under the box until the text reads as one.
 */
export function NumberField(props: {
  label: string;
  value: number;
  onValue: (value: number) => void;
  min?: number;
  max?: number;
  integer?: boolean;
  unit?: string;
  className?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState(String(props.value));
  const [problem, setProblem] = useState<string | null>(null);
  const [synced, setSynced] = useState(props.value);
  // Follow outside changes (a preset) without clobbering a draft that already means the same number.
  if (props.value !== synced) {
    setSynced(props.value);
    if (!(Number(draft) === props.value && draft.trim() !== '')) setDraft(String(props.value));
    setProblem(null);
  }
  const check = (text: string): string | null => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) return 'enter a number';
    if (props.integer && !Number.isInteger(n)) return 'enter a whole number';
    if (props.min !== undefined && n < props.min) return `at least ${props.min}`;
    if (props.max !== undefined && n > props.max)
      return `at most ${props.max.toLocaleString('en-US')}`;
    return null;
  };
  return (
    <div className={props.className}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700 dark:text-slate-200">
        {props.label}
        {props.unit && (
          <span className="font-normal text-slate-500 dark:text-slate-400"> ({props.unit})</span>
        )}
      </label>
      <input
        id={id}
        type="text"
        inputMode={props.integer ? 'numeric' : 'decimal'}
        value={draft}
        aria-invalid={problem !== null || undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const found = check(text);
          setProblem(found);
          if (found === null) props.onValue(Number(text));
        }}
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-invalid:border-red-500 dark:border-slate-600 dark:bg-slate-800"
      />
      {problem && (
        <p id={`${id}-problem`} className="text-xs text-red-700 dark:text-red-400">
          {problem}
        </p>
      )}
    </div>
  );
}
