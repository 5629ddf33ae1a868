export { columnEnvelope, envelopeStepPath } from './column-envelope.ts';
export type { ColumnEnvelope, PlotArea } from './column-envelope.ts';
export { niceTicks, formatTick, formatDuration } from './axis-ticks.ts';
export { checkFormula, markFormula, scaledObjectWithFormula } from './formula-check.ts';
export type {
  FormulaCheck,
  FormulaMessage,
  FormulaSegment,
  FormulaSample,
  FormulaSeverity,
} from './formula-check.ts';
export {
  arrivalKinds,
  defaultScenario,
  editedScenario,
  arrivalsOfKind,
  readScenario,
  stepsToText,
} from './scenario-defaults.ts';
export type { ArrivalKind, ScenarioProblem } from './scenario-defaults.ts';
export { scaleUpSteps, compareBurst } from './burst-steps.ts';
export type { ScaleUpStep, BurstComparison, BurstComparisonRow } from './burst-steps.ts';
export { pageWindow } from './page-window.ts';
export type { PageWindow } from './page-window.ts';
export {
  planSweep,
  sweepIndexOf,
  chartMarkers,
  sweepCaption,
  sameSweep,
  maxLabPoints,
} from './sweep-plan.ts';
export type { SweepPlan } from './sweep-plan.ts';
export { summaryRows, seriesCaption, runLabel } from './timeline-captions.ts';
export type { SummaryRow } from './timeline-captions.ts';
export { keepWhileEqual, keepWhileSame } from './keep-while-equal.ts';
