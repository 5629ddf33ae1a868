import { useId, useMemo, useState } from 'react';
import { explainDecision, formatNumber, sweepToCsv } from '@/core/autoscaling/index.ts';
import {
  chartMarkers,
  pageWindow,
  planSweep,
  sweepCaption,
  sweepIndexOf,
} from '@/core/scaling-lab-view/index.ts';
import { downloadArtifact } from '@/io/download-file.ts';
import { Button } from '@/ui/components/button.tsx';
import { cn } from '@/ui/components/cn.ts';
import { updateLab, useLab } from './lab-store.ts';
import { NumberField } from './number-field.tsx';
import { Pager } from './pager.tsx';
import { SeriesChart } from './series-chart.tsx';
import { useSweepModel } from './use-lab-model.ts';
import { useSweep } from './use-sweep.ts';

const pageSize = 50;
const replicaSeries = {
  label: 'Desired replicas',
  stroke: 'stroke-indigo-600 dark:stroke-indigo-400',
  swatch: 'fill-indigo-600 dark:fill-indigo-400',
};

/** Desired replicas across queue lengths: controls, step chart with markers, paged table, decision log. */
export function SweepSection() {
  const headingId = useId();
  const model = useSweepModel();
  const inputs = useLab((s) => s.sweep);
  const plan = useMemo(
    () => planSweep(inputs.maxQueue, inputs.step, inputs.currentReplicas),
    [inputs.maxQueue, inputs.step, inputs.currentReplicas],
  );
  const { result, pending, error } = useSweep(model, plan);
  const [page, setPage] = useState(0);
  const setInput = (patch: Partial<typeof inputs>) => updateLab({ sweep: { ...inputs, ...patch } });
  const current = plan.options.currentReplicas;
  const decision = useMemo(
    () => explainDecision(model, inputs.explainQueue, current),
    [model, inputs.explainQueue, current],
  );

  const count = result?.queue.length ?? 0;
  const window = pageWindow(count, page, pageSize);
  const explainIndex = sweepIndexOf(plan.options, count, inputs.explainQueue);
  const series = useMemo(
    () => (result ? [{ ...replicaSeries, y: result.replicas }] : []),
    [result],
  );
  const markers = useMemo(() => (result ? chartMarkers(result.markers) : []), [result]);
  const markerPoints = useMemo(
    () => markers.map((m) => ({ x: m.queue, y: m.replicas, label: m.label })),
    [markers],
  );
  const caption = result ? sweepCaption(result, model.maxReplicas) : 'Computing…';
  const notes = [
    ...model.notes,
    ...(plan.note ? [plan.note] : []),
    ...(result?.formulaError
      ? [`formula refused (${result.formulaError}): the curve shows the plain trigger`]
      : []),
  ];

  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="text-sm font-semibold">
        Replicas across queue lengths
      </h3>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <NumberField
          label="Largest queue length"
          value={inputs.maxQueue}
          min={1}
          max={1e12}
          onValue={(maxQueue) => setInput({ maxQueue })}
        />
        <NumberField
          label="Step"
          value={inputs.step}
          min={0.001}
          onValue={(step) => setInput({ step })}
        />
        <NumberField
          label="Current replicas"
          unit="0 = from scratch"
          value={inputs.currentReplicas}
          min={0}
          integer
          onValue={(currentReplicas) => setInput({ currentReplicas })}
        />
        <NumberField
          label="Explain queue length"
          value={inputs.explainQueue}
          min={0}
          onValue={(explainQueue) => setInput({ explainQueue })}
        />
      </div>
      {notes.length > 0 && (
        <ul
          aria-label="How the values were read"
          className="list-disc pl-5 text-xs text-slate-600 dark:text-slate-300"
        >
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {error && <p className="text-xs text-red-700 dark:text-red-400">The sweep failed: {error}</p>}
      {result && (
        <SeriesChart
          title="Desired replicas by queue length"
          caption={pending ? `${caption} (updating…)` : caption}
          series={series}
          x={result.queue}
          xLabel="queue length"
          yLabel="replicas"
          markers={markerPoints}
          guideX={inputs.explainQueue}
          integerY
          dim={pending}
        />
      )}
      {markers.length > 0 && (
        <details className="text-xs">
          <summary className="cursor-pointer">
            Where the behaviour changes ({result?.markers.length ?? 0})
          </summary>
          <ul className="list-disc pl-5">
            {result?.markers.map((m) => (
              <li key={`${m.queue}:${m.replicas}`}>{m.label}</li>
            ))}
          </ul>
        </details>
      )}
      <div
        aria-label="Decision log in words"
        role="group"
        className="rounded-md border border-slate-200 p-2 text-xs dark:border-slate-700"
      >
        <p className="font-medium" data-testid="decision-summary">
          {decision[0]}
        </p>
        <ul className="list-disc pl-5 text-slate-600 dark:text-slate-300">
          {decision.slice(1).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      {result && (
        <div className="space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <Button
              className="text-xs"
              onClick={() => setPage(Math.floor(explainIndex / pageSize))}
            >
              Show queue {formatNumber(inputs.explainQueue)} in the table
            </Button>
            <Button
              className="text-xs"
              onClick={() =>
                downloadArtifact({
                  filename: 'replica-sweep.csv',
                  mimeType: 'text/csv',
                  content: sweepToCsv(result),
                })
              }
            >
              Export sweep CSV
            </Button>
          </div>
          <table className="w-full border-collapse text-left text-xs">
            <caption className="text-left text-slate-600 dark:text-slate-300">
              Desired replicas per queue length ({window.caption})
            </caption>
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-700">
                <th scope="col" className="py-0.5 pr-2 font-medium">
                  Queue length
                </th>
                <th scope="col" className="py-0.5 font-medium">
                  Desired replicas
                </th>
              </tr>
            </thead>
            <tbody className="font-mono">
              {Array.from({ length: window.end - window.start }, (_, k) => {
                const i = window.start + k;
                return (
                  <tr key={i} className={cn(i === explainIndex && 'bg-amber-50 dark:bg-amber-950')}>
                    <td className="pr-2">{formatNumber(result.queue[i] as number)}</td>
                    <td>{result.replicas[i]}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Pager window={window} label="Replica table" onPage={setPage} />
        </div>
      )}
    </section>
  );
}
