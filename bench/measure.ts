/** A timed figure with its goal, as every bench module returns it. */
export interface BenchFigure {
  label: string;
  medianMs: number;
  goalMs: number;
}

/** Median wall time of `run` over `runs` calls, after a warm-up so the JIT has settled. */
export function medianMs(run: () => unknown, runs: number, warmup = Math.min(runs, 50)): number {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
