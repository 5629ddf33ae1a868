/**
 * Always-on latency marks, read by the browser bench (`npm run bench`): an input starts a
 * measure that ends when React has committed the state derived from it. Only the latest marks
 * and measures are kept in the timeline (user timing entries are never dropped by the browser);
 * a PerformanceObserver still sees every measure.
 */
const inputMark = 'studio:input';
const updatedMark = 'studio:updated';
export const studioLatencyMeasure = 'studio:latency';

/** Called when the user changes the text (typing, a form edit, a file, an example). */
export function markStudioInput(): void {
  performance.clearMarks(inputMark);
  performance.mark(inputMark);
}

/** Called after React committed the derived state: preview, problems and scaling curve are current. */
export function markStudioUpdated(): void {
  if (performance.getEntriesByName(inputMark, 'mark').length === 0) return;
  performance.clearMarks(updatedMark);
  performance.clearMeasures(studioLatencyMeasure);
  performance.mark(updatedMark);
  performance.measure(studioLatencyMeasure, inputMark, updatedMark);
  performance.clearMarks(inputMark);
}
