import type { SweepResult } from './replica-sweep.ts';
import type { TimelineResult } from './simulate-timeline.ts';

/** One row per simulated second. */
export function timelineToCsv(result: TimelineResult): string {
  const s = result.series;
  const rows = ['second,queue,waiting,in_flight,desired_replicas,ready_replicas,wait_seconds'];
  for (let t = 0; t < result.durationSeconds; t += 1) {
    rows.push(
      `${t},${s.queue[t]},${s.waiting[t]},${s.inFlight[t]},${s.desired[t]},${s.ready[t]},${s.waitSeconds[t]}`,
    );
  }
  return rows.join('\n') + '\n';
}

/** Summary, log and series as plain JSON (typed arrays become lists). */
export function timelineToJson(result: TimelineResult): string {
  const series = Object.fromEntries(
    Object.entries(result.series).map(([k, v]) => [k, Array.from(v as ArrayLike<number>)]),
  );
  return (
    JSON.stringify(
      {
        durationSeconds: result.durationSeconds,
        cancelled: result.cancelled,
        summary: result.summary,
        notes: result.notes,
        log: result.log,
        series,
      },
      null,
      2,
    ) + '\n'
  );
}

export function sweepToCsv(sweep: SweepResult): string {
  const rows = ['queue_length,desired_replicas'];
  for (let i = 0; i < sweep.queue.length; i += 1)
    rows.push(`${sweep.queue[i]},${sweep.replicas[i]}`);
  return rows.join('\n') + '\n';
}
