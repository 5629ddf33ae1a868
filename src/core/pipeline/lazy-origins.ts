import type { FieldOrigin, PipelineResult } from './pipeline-result.ts';

/** Origins added to a result and not yet read. */
const pending = new WeakMap<PipelineResult, (() => FieldOrigin[])[]>();

/**
 * Adds origins to `result.origins` without working them out yet. There is one origin per leaf of
 * the actor (thousands in a large values file, on every keystroke), and they are only read when
 * someone traces a rendered field back to its value, so `origins` computes them on first read.
 */
export function addOrigins(result: PipelineResult, compute: () => FieldOrigin[]): void {
  const sources = pending.get(result);
  if (sources) {
    sources.push(compute);
    return;
  }
  const known = result.origins;
  const all = [() => known, compute];
  pending.set(result, all);
  Object.defineProperty(result, 'origins', {
    configurable: true,
    enumerable: true,
    get() {
      const value = all.flatMap((source) => source());
      pending.delete(result);
      Object.defineProperty(result, 'origins', {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
      return value;
    },
  });
}
