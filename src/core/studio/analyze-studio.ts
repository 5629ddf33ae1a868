import type { ChartProfileId } from '@/core/chart/chart-profile.ts';
import { locateDiagnostics, parseValuesText, type ParsedValues } from '@/core/document/index.ts';
import { parseOperatorSettings } from '@/core/operator-settings/index.ts';
import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { runPipeline, type PipelineResult } from '@/core/pipeline/index.ts';
import { validateValues } from '@/core/validation/index.ts';
import type { DerivedOperatorSettings, StudioAnalyzer } from './derive-studio.ts';
import { dedupeDiagnostics } from './order-diagnostics.ts';

function deriveOperatorSettings(text: string): DerivedOperatorSettings {
  const read = parseOperatorSettings(text);
  const diagnostics = read.diagnostics.map((d) => ({ ...d, stage: 'operator-settings' as const }));
  return {
    settings: read.settings,
    diagnostics: locateDiagnostics(parseValuesText(text), diagnostics),
  };
}

/** Problems of the values themselves: schema, rules and every pipeline stage, KEDA's verdict and the formula included (not yet located). */
export function valueProblems(
  parsed: ParsedValues,
  profile: ChartProfileId,
  pipeline: PipelineResult,
): Diagnostic[] {
  return [...validateValues(parsed, { profile }), ...pipeline.diagnostics];
}

/**
 * Validation, chart → API server → operator → KEDA, and the formula checks. While the text
 * does not parse (`parsed` undefined) the last good values keep their pipeline, and only the
 * settings' problems are reported.
 */
export const analyzeStudio: StudioAnalyzer = (values, parsed, inputs, previous) => {
  const sameSettings = previous?.inputs.operatorSettingsText === inputs.operatorSettingsText;
  const operatorSettings =
    previous && sameSettings
      ? previous.operatorSettings
      : deriveOperatorSettings(inputs.operatorSettingsText);
  const samePipeline = previous && sameSettings && previous.inputs.profile === inputs.profile;
  if (!parsed) {
    const pipeline = samePipeline
      ? previous.pipeline
      : runPipeline(values, {
          profile: inputs.profile,
          operatorSettings: operatorSettings.settings,
        });
    return { operatorSettings, pipeline, diagnostics: operatorSettings.diagnostics };
  }
  const pipeline = runPipeline(values, {
    profile: inputs.profile,
    operatorSettings: operatorSettings.settings,
  });
  const diagnostics = dedupeDiagnostics([
    ...locateDiagnostics(parsed, valueProblems(parsed, inputs.profile, pipeline)),
    ...operatorSettings.diagnostics,
  ]);
  return { operatorSettings, pipeline, diagnostics };
};
