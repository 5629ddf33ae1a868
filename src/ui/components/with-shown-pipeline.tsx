import type { ReactNode } from 'react';
import type { PipelineResult } from '@/core/pipeline/pipeline-result.ts';
import { useShownPipeline } from '@/ui/state/use-shown-pipeline.ts';

/** Renders a panel over the selected actor's pipeline, with a note while the analysis loads. */
export function WithShownPipeline(props: { children: (pipeline: PipelineResult) => ReactNode }) {
  const pipeline = useShownPipeline();
  if (!pipeline)
    return (
      <p className="p-3 text-sm text-slate-500">
        Loading the chart, API server and operator model…
      </p>
    );
  return props.children(pipeline);
}
