import type { ChartProfileId } from '@/core/chart/index.ts';
import type { Diagnostic, ValuesPath } from '@/core/diagnostics/index.ts';
import type {
  ActorCondition,
  BrokerSideEffect,
  K8sObject,
  ObjectStatus,
  PipelineNote,
} from '@/core/operator/index.ts';
import type { KedaVerdict } from '@/core/keda/keda-verdict.ts';

export type PipelineStageId = 'chart' | 'stored' | 'operator';

/** The objects one stage produces, in creation order, with a one-line status each. */
export interface StageOutput {
  objects: K8sObject[];
  statuses: ObjectStatus[];
}

/** A rendered field traced back to the value that produced it. */
export interface FieldOrigin {
  stage: PipelineStageId;
  objectIndex: number;
  objectPath: (string | number)[];
  valuesPath: ValuesPath;
}

/** values → chart AsyncActor → stored AsyncActor → operator objects → KEDA verdict. */
export interface PipelineResult {
  profile: ChartProfileId;
  releaseName: string;
  releaseNamespace: string;
  chart: StageOutput & { error?: string };
  stored: StageOutput & { rejection?: string; warnings: string[] };
  operator: StageOutput & {
    /** 'not-run' when an earlier stage stopped or the operator settings are invalid. */
    result: 'success' | 'error' | 'not-run';
    error?: string;
    conditions: ActorCondition[];
    brokerSideEffects: BrokerSideEffect[];
    /** What the README describes but the operator does not create (the StatefulSet), labelled as such. */
    illustrations: K8sObject[];
  };
  keda: KedaVerdict;
  notes: PipelineNote[];
  diagnostics: Diagnostic[];
  origins: FieldOrigin[];
}
