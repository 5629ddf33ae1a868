import {
  formatNumber,
  type TimelineResult,
  type TimelineSummary,
} from '@/core/autoscaling/index.ts';
import { formatDuration } from './axis-ticks.ts';

export interface SummaryRow {
  label: string;
  value: string;
}

/** The run's summary as label/value rows, in the words people ask the question in. */
export function summaryRows(summary: TimelineSummary): SummaryRow[] {
  return [
    {
      label: 'Time to first pod',
      value:
        summary.timeToFirstPodSeconds === null
          ? 'no pod became ready'
          : formatDuration(summary.timeToFirstPodSeconds),
    },
    {
      label: 'Time to drain',
      value:
        summary.timeToDrainSeconds === null
          ? 'not drained in this run'
          : `at ${formatDuration(summary.timeToDrainSeconds)}`,
    },
    { label: 'Max wait', value: formatDuration(summary.maxWaitSeconds) },
    { label: 'p95 wait', value: formatDuration(summary.p95WaitSeconds) },
    { label: 'Pod-hours', value: formatNumber(summary.podHours) },
    { label: 'Peak replicas', value: String(summary.peakReplicas) },
    {
      label: 'Messages arrived / processed / left',
      value: `${summary.messagesArrived} / ${summary.messagesProcessed} / ${summary.messagesLeft}`,
    },
  ];
}

/** One sentence about a series: its peak and when, and where it ends. */
export function seriesCaption(label: string, values: ArrayLike<number>, unit = ''): string {
  if (values.length === 0) return `${label}: no data.`;
  let peak = values[0] as number;
  let peakAt = 0;
  for (let t = 1; t < values.length; t += 1) {
    if ((values[t] as number) > peak) {
      peak = values[t] as number;
      peakAt = t;
    }
  }
  const end = values[values.length - 1] as number;
  return `${label}: peak ${formatNumber(peak)}${unit} at ${formatDuration(peakAt)}, ${formatNumber(end)}${unit} at the end (${formatDuration(values.length)}).`;
}

/** The run's time span, for captions and file names. */
export function runLabel(result: TimelineResult): string {
  return `${formatDuration(result.durationSeconds)}${result.cancelled ? ' (cancelled)' : ''}`;
}
