import { useState } from 'react';
import type { PipelineResult } from '@/core/pipeline/pipeline-result.ts';
import { useStudioSlice } from './studio-context.tsx';

/**
 * The selected actor's pipeline for the panels that show it. While a document of several actors
 * that was just opened waits one frame for its analysis, the last pipeline stays on screen, so
 * the panels keep their state (the open tab, the last export) instead of remounting.
 */
export function useShownPipeline(): PipelineResult | undefined {
  const pipeline = useStudioSlice((s) => s.derived.analysis?.pipeline);
  const [last, setLast] = useState(pipeline);
  if (pipeline && pipeline !== last) setLast(pipeline);
  return pipeline ?? last;
}
