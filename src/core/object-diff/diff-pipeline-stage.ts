import type { PipelineResult, PipelineStageId } from '@/core/pipeline/index.ts';
import { diffObjects, type ObjectDiff } from './diff-objects.ts';

/** A verdict of the cluster on the objects (the operator's result, KEDA's) that a change flips. */
export interface VerdictChange {
  subject: 'operator' | 'KEDA';
  before: string;
  after: string;
}

export interface StageDiff {
  stage: PipelineStageId;
  objects: ObjectDiff[];
  verdicts: VerdictChange[];
}

function stageObjects(result: PipelineResult, stage: PipelineStageId): unknown[] {
  if (stage === 'chart') return result.chart.objects;
  return stage === 'stored' ? result.stored.objects : result.operator.objects;
}

function operatorVerdict(result: PipelineResult): string {
  const { operator, chart, stored } = result;
  if (operator.result === 'success') return 'creates the objects';
  if (operator.result === 'error') return `refuses the actor: ${operator.error ?? ''}`.trim();
  const stop = chart.error ?? stored.rejection;
  return stop ? `not reached: ${stop}` : 'not reached';
}

function kedaVerdict({ keda }: PipelineResult): string {
  if (keda.status === 'no-scaled-object') return 'no ScaledObject';
  if (keda.status === 'rejected') return `rejects the ScaledObject: ${keda.reasons.join('; ')}`;
  const hpa = keda.hpa;
  return hpa
    ? `accepts the ScaledObject (HPA ${hpa.name}: ${hpa.minReplicas}–${hpa.maxReplicas} replicas)`
    : 'accepts the ScaledObject';
}

/**
 * What a values change changes in one stage's objects, with the operator's and KEDA's verdicts
 * when they differ (a change can leave every field alone and still make KEDA refuse).
 */
export function diffPipelineStage(
  before: PipelineResult,
  after: PipelineResult,
  stage: PipelineStageId,
): StageDiff {
  const verdicts: VerdictChange[] = [];
  for (const [subject, verdict] of [
    ['operator', operatorVerdict],
    ['KEDA', kedaVerdict],
  ] as const) {
    const was = verdict(before);
    const is = verdict(after);
    if (was !== is) verdicts.push({ subject, before: was, after: is });
  }
  return {
    stage,
    objects: diffObjects(stageObjects(before, stage), stageObjects(after, stage)),
    verdicts,
  };
}
