import { useMemo, useState } from 'react';
import type { ActorSummary } from '@/core/release/index.ts';
import { useStudioStore } from '@/ui/state/studio-context.tsx';
import { useActorSummaries } from '@/ui/state/use-actor-summaries.ts';

type Column = {
  key: keyof ActorSummary;
  label: string;
  show: (row: ActorSummary) => string;
};

const dash = (value: number | undefined) => (value === undefined ? '—' : String(value));
const kedaWords = {
  accepted: 'accepted',
  rejected: 'KEDA refuses',
  'no-scaled-object': 'no ScaledObject',
};

const columns: readonly Column[] = [
  { key: 'label', label: 'Actor', show: (r) => r.label },
  { key: 'namespace', label: 'Namespace', show: (r) => r.namespace || '—' },
  { key: 'transport', label: 'Transport', show: (r) => r.transport || '—' },
  { key: 'queue', label: 'Queue', show: (r) => r.queue },
  { key: 'minReplicas', label: 'Min', show: (r) => dash(r.minReplicas) },
  { key: 'maxReplicas', label: 'Max', show: (r) => dash(r.maxReplicas) },
  { key: 'queueLength', label: 'Queue length', show: (r) => dash(r.queueLength) },
  { key: 'keda', label: 'Formula / KEDA', show: (r) => (r.keda ? kedaWords[r.keda] : '…') },
  { key: 'outcome', label: 'Reconcile', show: (r) => r.outcome ?? '…' },
];

function compare(a: ActorSummary, b: ActorSummary, key: keyof ActorSummary): number {
  const x = a[key];
  const y = b[key];
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x ?? '').localeCompare(String(y ?? ''));
}

/** Every actor of the document in one sortable table; a row opens that actor. */
export function ReleaseOverviewPanel() {
  const { actions } = useStudioStore();
  const { summaries } = useActorSummaries();
  const [sort, setSort] = useState<{ key: keyof ActorSummary; down: boolean }>({
    key: 'index',
    down: false,
  });
  const rows = useMemo(() => {
    const sorted = summaries.toSorted((a, b) => compare(a, b, sort.key));
    return sort.down ? sorted.toReversed() : sorted;
  }, [summaries, sort]);

  return (
    <div className="overflow-auto p-2">
      <table aria-label="Release overview" className="w-full text-left text-xs">
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? (sort.down ? 'descending' : 'ascending') : 'none'}
                  className="border-b border-slate-200 px-1 py-1 dark:border-slate-700"
                >
                  <button
                    type="button"
                    className="font-semibold"
                    onClick={() => setSort({ key: column.key, down: active ? !sort.down : false })}
                  >
                    {column.label}
                    {active ? (sort.down ? ' ↓' : ' ↑') : ''}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.index}
              data-actor={row.label}
              className="cursor-pointer border-b border-slate-100 hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-900"
              onClick={() => actions.selectActor(row.index)}
            >
              {columns.map((column, i) => (
                <td key={column.key} className="px-1 py-1 font-mono">
                  {i === 0 ? (
                    <button type="button" onClick={() => actions.selectActor(row.index)}>
                      {column.show(row)}
                    </button>
                  ) : (
                    column.show(row)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
