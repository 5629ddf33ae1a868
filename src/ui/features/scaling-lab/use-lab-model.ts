import { selectedProfile, selectedValues } from '@/ui/state/selected-actor.ts';
import { useMemo } from 'react';
import { burstPreset, scalingModelFromValues, type ScalingModel } from '@/core/scaling/index.ts';
import { keepWhileSame, scalingInputs } from '@/core/scaling-lab/index.ts';
import { useStudioSlice } from '@/ui/state/studio-context.tsx';
import { useLab, type LabModelSource } from './lab-store.ts';

/** The model of the burst preset's own values (queueLength 5, max 50). */
export const burstPresetModel = scalingModelFromValues(burstPreset.values);

const documentScalingInputs = keepWhileSame(scalingInputs);

/**
 * The document's `scaling` and `transport` (all the lab reads), the same object while they are
 * unchanged: a keystroke elsewhere in the values re-renders and recomputes nothing in the lab.
 */
export function useScalingValues(): unknown {
  return useStudioSlice((s) => documentScalingInputs(selectedValues(s)));
}

/** The effective scaling of the document's values (the last good values while the text is broken). */
export function useDocumentModel(): ScalingModel {
  const values = useScalingValues();
  const profile = useStudioSlice(selectedProfile);
  return useMemo(() => scalingModelFromValues(values, profile), [values, profile]);
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
