import type { ChartProfileId } from '@/core/chart/chart-profile.ts';
import type { Diagnostic } from '@/core/diagnostics/index.ts';
import type { ParsedValues } from '@/core/document/index.ts';
import type { PipelineResult } from '@/core/pipeline/index.ts';
import { validateValues } from '@/core/validation/index.ts';

/** Problems of one actor's values themselves: schema, rules, formulas and every pipeline stage (not yet located). */
export function valueProblems(
  parsed: ParsedValues,
  profile: ChartProfileId,
  pipeline: PipelineResult,
): Diagnostic[] {
  return [...validateValues(parsed, { profile }), ...pipeline.diagnostics];
}
