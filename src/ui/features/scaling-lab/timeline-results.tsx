import { useId, useMemo, useState } from 'react';
import {
  asyaDocsScaleUpClaim,
  burstPreset,
  timelineToCsv,
  timelineToJson,
  type TimelineResult,
} from '@/core/autoscaling/index.ts';
import {
  compareBurst,
  formatDuration,
  pageWindow,
  runLabel,
  scaleUpSteps,
  seriesCaption,
  summaryRows,
} from '@/core/scaling-lab-view/index.ts';
import { downloadArtifact } from '@/io/download-file.ts';
import { Button } from '@/ui/components/button.tsx';
import type { LabModelSource } from './lab-store.ts';
import { Pager } from './pager.tsx';
import { SeriesChart } from './series-chart.tsx';

const logPageSize = 25;
const colours = {
  queue: {
    stroke: 'stroke-indigo-600 dark:stroke-indigo-400',
    swatch: 'fill-indigo-600 dark:fill-indigo-400',
  },
  desired: {
    stroke: 'stroke-rose-600 dark:stroke-rose-400',
    swatch: 'fill-rose-600 dark:fill-rose-400',
  },
  ready: {
    stroke: 'stroke-emerald-600 dark:stroke-emerald-400',
    swatch: 'fill-emerald-600 dark:fill-emerald-400',
  },
  wait: {
    stroke: 'stroke-amber-600 dark:stroke-amber-400',
    swatch: 'fill-amber-600 dark:fill-amber-400',
  },
};

/** The burst staircase next to the reference's timing and the Asya docs' claim. */
function BurstComparisonView({
  result,
  source,
}: {
  result: TimelineResult;
  source: LabModelSource;
}) {
  const steps = useMemo(() => scaleUpSteps(result.series.desired), [result]);
  const comparison = useMemo(
    () =>
      compareBurst(
        steps,
        source === 'burst-preset' ? burstPreset.expectedSteps : [],
        asyaDocsScaleUpClaim,
      ),
    [steps, source],
  );
  if (steps.length === 0) return <p className="text-xs">Nothing scaled up in this run.</p>;
  return (
    <div
      role="group"
      aria-label="Scale-up steps"
      className="space-y-1 rounded-md border border-slate-200 p-2 text-xs dark:border-slate-700"
    >
      <p className="font-medium" data-testid="scale-up-staircase">
        Scale-up steps: {comparison.staircase}
      </p>
      <table className="border-collapse text-left">
        <caption className="sr-only">Replica counts reached, in seconds after activation</caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-700">
            <th scope="col" className="pr-3 font-medium">
              Replicas
            </th>
            <th scope="col" className="pr-3 font-medium">
              Simulated (after activation)
            </th>
            {source === 'burst-preset' && (
              <th scope="col" className="font-medium">
                Expected from the scale-up policy
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <tr key={row.replicas}>
              <td className="pr-3 font-mono">{row.replicas}</td>
              <td className="pr-3">
                {row.simulatedSeconds === null ? '—' : formatDuration(row.simulatedSeconds)}
              </td>
              {source === 'burst-preset' && (
                <td>
                  {row.expectedSeconds === null
                    ? '—'
                    : `about ${formatDuration(row.expectedSeconds)}`}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p>{comparison.sentence}</p>
      <p className="text-slate-500 dark:text-slate-400">
        Claim: &quot;{asyaDocsScaleUpClaim.text}&quot; (
        <a
          className="underline"
          href={asyaDocsScaleUpClaim.source}
          target="_blank"
          rel="noreferrer"
        >
          Asya docs
        </a>
        ).
        {source === 'burst-preset' && (
          <>
            {' '}
            Expected steps follow{' '}
            {burstPreset.sources.map((s, i) => (
              <span key={s.url}>
                {i > 0 && ', '}
                <a className="underline" href={s.url} target="_blank" rel="noreferrer">
                  {s.label}
                </a>
              </span>
            ))}
            .
          </>
        )}
      </p>
    </div>
  );
}

/** Charts, summary, scale-up steps, the per-tick decision log and exports of one run. */
export function TimelineResults({
  result,
  source,
}: {
  result: TimelineResult;
  source: LabModelSource;
}) {
  const headingId = useId();
  const [page, setPage] = useState(0);
  const s = result.series;
  const queueSeries = useMemo(
    () => [{ label: 'Queue length (as the trigger counts it)', y: s.queue, ...colours.queue }],
    [s],
  );
  const replicaSeries = useMemo(
    () => [
      { label: 'Desired replicas', y: s.desired, ...colours.desired },
      { label: 'Ready replicas', y: s.ready, ...colours.ready },
    ],
    [s],
  );
  const waitSeries = useMemo(
    () => [{ label: 'Wait of the oldest message', y: s.waitSeconds, ...colours.wait }],
    [s],
  );
  const window = pageWindow(result.log.length, page, logPageSize);
  const rows = summaryRows(result.summary);
  const seconds = (value: number) => `${value}`;

  return (
    <div className="space-y-3">
      <h4 id={headingId} className="text-sm font-semibold">
        Result: {runLabel(result)}
      </h4>
      <table aria-labelledby={headingId} className="border-collapse text-left text-xs">
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row" className="pr-3 font-medium">
                {row.label}
              </th>
              <td>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <BurstComparisonView result={result} source={source} />
      <SeriesChart
        title="Queue length over time"
        caption={seriesCaption('Queue length', s.queue)}
        series={queueSeries}
        xLabel="time (s)"
        yLabel="messages"
        xFormat={seconds}
      />
      <SeriesChart
        title="Replicas over time"
        caption={`${seriesCaption('Desired replicas', s.desired)} ${seriesCaption('Ready replicas', s.ready)}`}
        series={replicaSeries}
        xLabel="time (s)"
        yLabel="replicas"
        xFormat={seconds}
        integerY
      />
      <SeriesChart
        title="Message wait over time"
        caption={seriesCaption('Wait of the oldest waiting message', s.waitSeconds, ' s')}
        series={waitSeries}
        xLabel="time (s)"
        yLabel="wait (s)"
        xFormat={seconds}
      />
      {result.notes.length > 0 && (
        <ul
          aria-label="Simulation notes"
          className="list-disc pl-5 text-xs text-slate-600 dark:text-slate-300"
        >
          {result.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          className="text-xs"
          onClick={() =>
            downloadArtifact({
              filename: 'scaling-timeline.csv',
              mimeType: 'text/csv',
              content: timelineToCsv(result),
            })
          }
        >
          Export CSV
        </Button>
        <Button
          className="text-xs"
          onClick={() =>
            downloadArtifact({
              filename: 'scaling-timeline.json',
              mimeType: 'application/json',
              content: timelineToJson(result),
            })
          }
        >
          Export JSON
        </Button>
      </div>
      <table className="w-full border-collapse text-left text-xs">
        <caption className="text-left font-medium">
          Decision log per tick ({window.caption})
        </caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-700">
            <th scope="col" className="pr-2 font-medium">
              Time
            </th>
            <th scope="col" className="pr-2 font-medium">
              Loop
            </th>
            <th scope="col" className="pr-2 font-medium">
              Replicas
            </th>
            <th scope="col" className="font-medium">
              Decision
            </th>
          </tr>
        </thead>
        <tbody>
          {result.log.slice(window.start, window.end).map((entry, k) => (
            <tr key={window.start + k} className="align-top">
              <td className="pr-2 font-mono whitespace-nowrap">{entry.t} s</td>
              <td className="pr-2 uppercase">{entry.loop}</td>
              <td className="pr-2 font-mono whitespace-nowrap">
                {entry.from} → {entry.to}
              </td>
              <td>{entry.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager window={window} label="Decision log" onPage={setPage} />
    </div>
  );
}
