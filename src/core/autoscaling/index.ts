export { scalingModelFromPipeline, pendingScalingModel } from './scaling-model.ts';
export { scalingModelOfValues, presetOperatorSettings } from './values-model.ts';
export type { ScalingModel, ScalingTransport } from './scaling-model.ts';
export { desiredReplicasAt, prepareModel, readMetric } from './replica-decision.ts';
export type { PreparedModel, MetricReading } from './replica-decision.ts';
export { sweepReplicas, maxSweepPoints } from './replica-sweep.ts';
export type { SweepOptions, SweepResult, SweepMarker } from './replica-sweep.ts';
export { explainDecision, formatNumber } from './decision-log.ts';
export { simulateTimeline } from './simulate-timeline.ts';
export type {
  TimelineResult,
  TimelineSeries,
  TimelineSummary,
  TimelineLogEntry,
  TimelineOptions,
} from './simulate-timeline.ts';
export {
  scenarioSchema,
  arrivalsSchema,
  parseArrivalCsv,
  createArrivalRate,
} from './scenario-schema.ts';
export type { Scenario, ScenarioInput, Arrivals } from './scenario-schema.ts';
export { timelineToCsv, timelineToJson, sweepToCsv } from './timeline-export.ts';
export { burstPreset, asyaDocsScaleUpClaim } from './burst-preset.ts';
export { asyaOperatorBehavior } from './hpa-behavior.ts';
export type { HpaBehavior, ScalingRules, ScalingPolicy } from './hpa-behavior.ts';
