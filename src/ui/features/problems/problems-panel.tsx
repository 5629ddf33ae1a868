import { formatValuesPath, type Diagnostic } from '@/core/diagnostics/index.ts';
import { cn } from '@/ui/components/cn.ts';
import { SourceLink } from '@/ui/components/source-link.tsx';

const severityStyle = {
  error: 'text-red-700 dark:text-red-400',
  warning: 'text-amber-700 dark:text-amber-400',
  info: 'text-sky-700 dark:text-sky-400',
} as const;

const severityIcon = { error: '✖', warning: '▲', info: 'ℹ' } as const;

/** Where a problem sits, as the list shows it: `line:col`, or the document it belongs to. */
export function formatPlace(d: Diagnostic): string {
  if (d.stage === 'operator-settings')
    return d.range ? `operator settings ${d.range.line}:${d.range.col}` : 'operator settings';
  return d.range ? `${d.range.line}:${d.range.col}` : '–';
}

/** Every problem from every stage in one list; choosing one reveals its value in the editor and the form. */
export function ProblemsPanel({
  diagnostics,
  onSelect,
}: {
  diagnostics: readonly Diagnostic[];
  onSelect: (d: Diagnostic) => void;
}) {
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  return (
    <section aria-label="Problems" className="flex h-full min-h-0 flex-col">
      <h2 className="flex items-center gap-3 border-b border-slate-200 px-3 py-1.5 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:border-slate-700 dark:text-slate-300">
        Problems
        <span className={severityStyle.error}>{count('error')} errors</span>
        <span className={severityStyle.warning}>{count('warning')} warnings</span>
      </h2>
      {diagnostics.length === 0 ? (
        <p className="px-3 py-2 text-sm text-slate-500 dark:text-slate-400">
          No problems: the operator and KEDA will accept these values.
        </p>
      ) : (
        <ul className="min-h-0 flex-1 overflow-auto text-sm">
          {diagnostics.map((d, i) => (
            <li key={`${d.ruleId}:${formatValuesPath(d.path)}:${i}`}>
              <button
                type="button"
                onClick={() => onSelect(d)}
                className="grid w-full grid-cols-[5.5rem_1fr] gap-x-2 px-3 py-1 text-left hover:bg-slate-100 focus:bg-slate-100 focus:outline-none dark:hover:bg-slate-800 dark:focus:bg-slate-800"
              >
                <span className={cn('font-mono text-xs', severityStyle[d.severity])}>
                  <span aria-label={d.severity}>{severityIcon[d.severity]}</span> {formatPlace(d)}
                </span>
                <span>
                  <span className="text-slate-900 dark:text-slate-100">{d.message}</span>
                  {d.fix && (
                    <span className="block text-slate-600 dark:text-slate-400">Fix: {d.fix}</span>
                  )}
                  <span className="block font-mono text-xs text-slate-500 dark:text-slate-500">
                    {d.ruleId}
                    {d.path.length > 0 && ` · ${formatValuesPath(d.path)}`}
                    {d.actor !== undefined && ` · actor ${d.actor}`}
                  </span>
                </span>
              </button>
              {d.source && (
                <p className="grid grid-cols-[5.5rem_1fr] gap-x-2 px-3 pb-1 text-xs text-slate-500 dark:text-slate-400">
                  <span className="col-start-2">
                    Source: <SourceLink href={d.source} />
                  </span>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
