import { memo, useId, useState } from 'react';
import { formatValuesPath, type ValuesPath } from '@/core/diagnostics/index.ts';
import { cn } from '@/ui/components/cn.ts';
import { FieldShell } from './field-shell.tsx';
import { useField } from './use-field.ts';

const inputClass =
  'w-full rounded-md border bg-white px-2 py-1 text-sm read-only:bg-slate-100 read-only:text-slate-600 dark:bg-slate-800 dark:read-only:bg-slate-900 dark:read-only:text-slate-400 placeholder:text-slate-400 dark:placeholder:text-slate-500';

/** How a value is shown in a text box: YAML's plain form for numbers and booleans, nothing when unset. */
function displayValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value);
}

/** Parses what was typed for a numeric field; `undefined` removes the key so the chart default applies. */
function parseNumber(
  text: string,
  integer: boolean,
): { ok: true; value: number | undefined } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  const value = Number(text);
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) return { ok: false };
  return { ok: true, value };
}

interface ScalarFieldProps {
  path: ValuesPath;
  label?: string;
  compact?: boolean;
}

/**
 * Lists and maps re-render on every parse (their values are new objects); a field re-renders
 * only when its own path, label or slices change, which keeps large files responsive.
 */
export const ScalarField = memo(
  ScalarFieldView,
  (a, b) =>
    a.label === b.label &&
    a.compact === b.compact &&
    formatValuesPath(a.path) === formatValuesPath(b.path),
);

/** One scalar value of the document: text, number, boolean or choice, with its default as placeholder. */
function ScalarFieldView({ path, label: labelOverride, compact = false }: ScalarFieldProps) {
  const field = useField(path);
  const id = useId();
  const description = field.description;
  const type = description?.type ?? 'string';
  const label = labelOverride ?? description?.label ?? String(path.at(-1));
  const invalid = field.diagnostics.some((d) => d.severity === 'error');
  const placeholder =
    field.defaultValue === undefined || field.defaultValue === ''
      ? ''
      : `${displayValue(field.defaultValue)} (default)`;
  const common = {
    id,
    'data-path': field.dotted,
    'aria-invalid': invalid || undefined,
    'aria-describedby': `${id}-help`,
    readOnly: field.locked,
  };
  const border = invalid
    ? 'border-red-500 dark:border-red-400'
    : field.diagnostics.length
      ? 'border-amber-500'
      : 'border-slate-300 dark:border-slate-600';

  let control;
  if (type === 'boolean' || type === 'enum') {
    const options = type === 'boolean' ? ['true', 'false'] : (description?.options ?? []);
    const current = displayValue(field.value);
    control = (
      <select
        {...common}
        disabled={field.locked}
        value={current}
        onChange={(e) => {
          const text = e.currentTarget.value;
          field.set(text === '' ? undefined : type === 'boolean' ? text === 'true' : text);
        }}
        className={cn(inputClass, border)}
      >
        <option value="">
          {placeholder ? `Default: ${displayValue(field.defaultValue)}` : 'Not set'}
        </option>
        {current !== '' && !options.includes(current) && (
          <option value={current}>{current} (not allowed)</option>
        )}
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  } else if (type === 'integer' || type === 'number') {
    control = (
      <NumberInput
        common={common}
        className={cn(inputClass, border)}
        value={field.value}
        placeholder={placeholder}
        integer={type === 'integer'}
        min={description?.min}
        onValue={field.set}
      />
    );
  } else {
    control = (
      <input
        {...common}
        type={description?.secret ? 'password' : 'text'}
        autoComplete="off"
        spellCheck={false}
        value={displayValue(field.value)}
        placeholder={placeholder}
        onChange={(e) => {
          const text = e.currentTarget.value;
          field.set(text === '' ? undefined : text);
        }}
        className={cn(inputClass, border, 'font-mono')}
      />
    );
  }

  return (
    <FieldShell
      id={id}
      label={label}
      help={compact ? undefined : description?.help}
      diagnostics={field.diagnostics}
      changed={field.value !== undefined}
      onReset={field.locked ? undefined : () => field.set(undefined)}
      {...(field.origin ? { origin: field.origin } : {})}
      {...(field.origin && !field.locked ? { onOverride: field.override } : {})}
    >
      {control}
    </FieldShell>
  );
}

function NumberInput(props: {
  common: Record<string, unknown>;
  className: string;
  value: unknown;
  placeholder: string;
  integer: boolean;
  min?: number;
  onValue: (value: number | undefined) => void;
}) {
  const [draft, setDraft] = useState(displayValue(props.value));
  const [shownValue, setShownValue] = useState(props.value);
  // Follow the document when it changes elsewhere (editor, undo), but keep a half-typed draft otherwise.
  if (shownValue !== props.value) {
    setShownValue(props.value);
    setDraft(displayValue(props.value));
  }
  return (
    <input
      {...props.common}
      type="text"
      inputMode={props.integer ? 'numeric' : 'decimal'}
      value={draft}
      placeholder={props.placeholder}
      onChange={(e) => {
        const text = e.currentTarget.value;
        setDraft(text);
        const parsed = parseNumber(text, props.integer);
        if (parsed.ok) props.onValue(parsed.value);
      }}
      className={cn(props.className, 'font-mono')}
    />
  );
}
