import { selectedProfile } from '@/ui/state/selected-actor.ts';
import { useMemo } from 'react';
import {
  burstPreset,
  pendingScalingModel,
  scalingModelFromPipeline,
  scalingModelOfValues,
  type ScalingModel,
} from '@/core/autoscaling/index.ts';
import type { K8sObject, PipelineResult } from '@/core/pipeline/index.ts';
import { keepWhileSame } from '@/core/scaling-lab-view/index.ts';
import { useStudioSlice } from '@/ui/state/studio-context.tsx';
import { useLab, type LabModelSource } from './lab-store.ts';

/** The model of the burst preset's own values (queueLength 5, max 50), through the whole pipeline. */
export const burstPresetModel = scalingModelOfValues(burstPreset.values);

/**
 * The document's model, the same object while it is equal: a keystroke that leaves the
 * ScaledObject as it was re-renders and recomputes nothing in the lab.
 */
const documentModel = keepWhileSame((pipeline: PipelineResult) =>
  scalingModelFromPipeline(pipeline),
);

const documentScaledObject = keepWhileSame(
  (pipeline: PipelineResult | undefined): K8sObject | undefined =>
    pipeline?.operator.objects.find((o) => o.kind === 'ScaledObject'),
);

/** The ScaledObject the operator builds for the document (undefined when it builds none). */
export function useScaledObject(): K8sObject | undefined {
  return useStudioSlice((s) => documentScaledObject(s.derived.analysis?.pipeline));
}

/** The scaling of the document as the pipeline predicts it (the last good values while the text is broken). */
export function useDocumentModel(): ScalingModel {
  const pipeline = useStudioSlice((s) => s.derived.analysis?.pipeline);
  const profile = useStudioSlice(selectedProfile);
  return useMemo(
    () => (pipeline ? documentModel(pipeline) : pendingScalingModel(profile)),
    [pipeline, profile],
  );
}

/** The model the replica chart uses: the document's, or with the playground formula in place of its formula. */
export function useSweepModel(): ScalingModel {
  const model = useDocumentModel();
  const chartPlayground = useLab((s) => s.chartPlayground);
  const playground = useLab((s) => s.playgroundFormula);
  return useMemo(() => {
    if (!chartPlayground) return model;
    const formula = playground.trim() === '' ? null : playground;
    return {
      ...model,
      formula,
      target: model.target ?? 1,
      notes: [...model.notes, 'charting the playground formula, not the document’s'],
    };
  }, [model, chartPlayground, playground]);
}

/** The model the time simulation uses. */
export function useTimelineModel(source: LabModelSource): ScalingModel {
  const model = useDocumentModel();
  return source === 'burst-preset' ? burstPresetModel : model;
}
