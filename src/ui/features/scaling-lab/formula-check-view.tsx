import type { FormulaCheck, FormulaSegment } from '@/core/scaling-lab-view/index.ts';
import { markFormula } from '@/core/scaling-lab-view/index.ts';
import { cn } from '@/ui/components/cn.ts';

const markClass: Record<NonNullable<FormulaSegment['severity']>, string> = {
  error:
    'bg-red-100 text-red-900 underline decoration-red-600 decoration-wavy dark:bg-red-950 dark:text-red-200',
  warning:
    'bg-amber-100 text-amber-900 underline decoration-amber-600 decoration-wavy dark:bg-amber-950 dark:text-amber-200',
  info: 'bg-sky-100 text-sky-900 underline decoration-sky-600 dark:bg-sky-950 dark:text-sky-200',
};

const severityText = { error: 'Error', warning: 'Warning', info: 'Note' } as const;
const originText = {
  studio: 'studio evaluator',
  'keda-dialect': 'KEDA dialect',
  asya: 'KEDA and the Asya operator',
} as const;

/** The formula with the offending parts marked, the numbered messages, and sample values. */
export function FormulaCheckView({
  text,
  check,
  label,
}: {
  text: string;
  check: FormulaCheck;
  label: string;
}) {
  if (text.trim() === '') return null;
  const segments = markFormula(text, check.messages);
  const placed = check.messages.some((m) => m.offset !== undefined);
  return (
    <div className="mt-1 space-y-1 text-xs">
      {placed && (
        <p className="break-all">
          <span className="sr-only">{label} with the offending parts marked: </span>
          <code className="rounded bg-slate-50 px-1 py-0.5 font-mono dark:bg-slate-900">
            {segments.map((s, i) =>
              s.severity ? (
                <mark key={i} className={cn('rounded-sm', markClass[s.severity])}>
                  {s.text}
                  <sup>
                    <span className="sr-only"> (message </span>
                    {s.refs?.join(',')}
                    <span className="sr-only">)</span>
                  </sup>
                </mark>
              ) : (
                <span key={i}>{s.text}</span>
              ),
            )}
          </code>
        </p>
      )}
      <p
        role="status"
        className={
          check.runs
            ? 'text-emerald-700 dark:text-emerald-400'
            : 'font-medium text-red-700 dark:text-red-400'
        }
      >
        {check.runs
          ? 'The studio evaluates this formula.'
          : 'Refused: the studio did not run this formula.'}
      </p>
      {check.messages.length > 0 && (
        <ol aria-label={`${label} messages`} className="list-decimal space-y-1 pl-5">
          {check.messages.map((m, i) => (
            <li
              key={`${m.ruleId}:${i}`}
              className={
                m.severity === 'error'
                  ? 'text-red-800 dark:text-red-300'
                  : m.severity === 'warning'
                    ? 'text-amber-800 dark:text-amber-300'
                    : 'text-slate-700 dark:text-slate-300'
              }
            >
              <span className="font-medium">
                {severityText[m.severity]} ({originText[m.origin]}):
              </span>{' '}
              {m.message}
              {m.offset !== undefined && ` [at character ${m.offset + 1}]`}
              {m.fix && (
                <span className="block text-slate-600 dark:text-slate-400">Fix: {m.fix}</span>
              )}
              {m.source && (
                <span className="block text-slate-500 dark:text-slate-400">
                  Source:{' '}
                  <a className="underline" href={m.source} target="_blank" rel="noreferrer">
                    {m.source}
                  </a>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {check.samples.length > 0 && (
        <table className="border-collapse text-left">
          <caption className="sr-only">{label} values at sample queue lengths</caption>
          <thead>
            <tr>
              <th scope="row" className="pr-2 font-medium">
                queueLength
              </th>
              {check.samples.map((s) => (
                <th key={s.queue} scope="col" className="px-2 font-mono font-normal">
                  {s.queue}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" className="pr-2 font-medium">
                formula
              </th>
              {check.samples.map((s) => (
                <td key={s.queue} className="px-2 font-mono">
                  {s.value}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      )}
    </div>
  );
}
