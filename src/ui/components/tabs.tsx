import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { cn } from './cn.ts';

export interface TabDef {
  id: string;
  label: string;
  /** A short marker after the label, e.g. a problem count. */
  badge?: ReactNode;
}

/** WAI-ARIA tabs: arrow keys move between tabs, the active panel follows. */
export function Tabs(props: {
  label: string;
  tabs: readonly TabDef[];
  active: string;
  onChange: (id: string) => void;
  children: ReactNode;
  className?: string;
}) {
  const baseId = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const index = props.tabs.findIndex((t) => t.id === props.active);
    const move = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!move) return;
    event.preventDefault();
    const next = props.tabs[(index + move + props.tabs.length) % props.tabs.length];
    if (next) {
      props.onChange(next.id);
      refs.current[next.id]?.focus();
    }
  };
  return (
    <div className={cn('flex min-h-0 flex-col', props.className)}>
      <div
        role="tablist"
        aria-label={props.label}
        className="flex shrink-0 gap-1 overflow-x-auto border-b border-slate-200 px-2 dark:border-slate-700"
      >
        {props.tabs.map((tab) => {
          const selected = tab.id === props.active;
          return (
            <button
              key={tab.id}
              ref={(el) => {
                refs.current[tab.id] = el;
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab.id}`}
              aria-selected={selected}
              aria-controls={`${baseId}-panel`}
              tabIndex={selected ? 0 : -1}
              onClick={() => props.onChange(tab.id)}
              onKeyDown={onKeyDown}
              className={cn(
                'whitespace-nowrap border-b-2 px-2 py-1.5 text-sm',
                selected
                  ? 'border-indigo-600 font-medium text-indigo-700 dark:text-indigo-300'
                  : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100',
              )}
            >
              {tab.label}
              {tab.badge}
            </button>
          );
        })}
      </div>
      {/* Focusable, so a keyboard user can scroll a panel that has no control in it. */}
      <div
        role="tabpanel"
        tabIndex={0}
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-tab-${props.active}`}
        className="min-h-0 flex-1 overflow-auto"
      >
        {props.children}
      </div>
    </div>
  );
}
