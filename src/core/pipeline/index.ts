export { runPipeline, runManifestPipeline, type PipelineOptions } from './run-pipeline.ts';
export type {
  PipelineResult,
  StageOutput,
  FieldOrigin,
  PipelineStageId,
} from './pipeline-result.ts';
export type { KedaVerdict } from '@/core/keda/keda-verdict.ts';
export { manifestsToYaml } from './manifests-to-yaml.ts';
export { valuesPathOf } from './api-server-diagnostics.ts';
export type {
  ObjectStatus,
  ActorCondition,
  BrokerSideEffect,
  PipelineNote,
  K8sObject,
} from '@/core/operator/index.ts';
