import type { ReactNode } from 'react';
import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { cn } from '@/ui/components/cn.ts';

/** Label, help, problems and the "changed from default" badge around one control. */
export function FieldShell(props: {
  id: string;
  label: string;
  help?: string;
  diagnostics: readonly Diagnostic[];
  changed: boolean;
  onReset?: () => void;
  /** Where an inherited value comes from ("from default.scaling"), with a way to own it. */
  origin?: string;
  onOverride?: () => void;
  children: ReactNode;
}) {
  return (
    <div className="mb-2.5">
      <div className="mb-0.5 flex items-center gap-2">
        <label
          htmlFor={props.id}
          className="text-xs font-medium text-slate-700 dark:text-slate-200"
        >
          {props.label}
        </label>
        {props.origin && (
          <span className="ml-auto text-[11px] text-slate-500 dark:text-slate-400">
            {props.origin}
          </span>
        )}
        {props.origin && props.onOverride && (
          <button
            type="button"
            onClick={props.onOverride}
            title="Copy the inherited block into this actor, so edits change only this actor"
            aria-label={`Override ${props.label} here`}
            className="rounded bg-emerald-50 px-1.5 text-[11px] text-emerald-800 hover:bg-emerald-100 dark:bg-emerald-950 dark:text-emerald-300"
          >
            override here
          </button>
        )}
        {props.changed && props.onReset && (
          <button
            type="button"
            onClick={props.onReset}
            title="Remove this key so the chart default applies"
            aria-label={`Reset ${props.label} to the chart default`}
            className="ml-auto rounded bg-indigo-50 px-1.5 text-[11px] text-indigo-700 hover:bg-indigo-100 dark:bg-indigo-950 dark:text-indigo-300"
          >
            changed · reset
          </button>
        )}
      </div>
      {props.children}
      <div id={`${props.id}-help`}>
        {props.diagnostics.map((d, i) => (
          <p
            key={i}
            className={cn(
              'mt-0.5 text-xs',
              d.severity === 'error'
                ? 'text-red-700 dark:text-red-400'
                : 'text-amber-700 dark:text-amber-400',
            )}
          >
            {d.message}
          </p>
        ))}
        {props.help && (
          <p className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">{props.help}</p>
        )}
      </div>
    </div>
  );
}
