import { locateDiagnostics, parseValuesText } from '@/core/document/index.ts';
import { parseOperatorSettings } from '@/core/operator-settings/index.ts';
import { runPipeline } from '@/core/pipeline/index.ts';
import {
  releaseProblems,
  runRelease,
  splitDocument,
  type ReleaseRun,
} from '@/core/release/index.ts';
import type {
  DerivedOperatorSettings,
  StudioAnalysis,
  StudioAnalyzer,
  StudioInputs,
} from './derive-studio.ts';
import { dedupeDiagnostics } from './order-diagnostics.ts';

export { valueProblems } from '@/core/release/index.ts';

function deriveOperatorSettings(text: string): DerivedOperatorSettings {
  const read = parseOperatorSettings(text);
  const diagnostics = read.diagnostics.map((d) => ({ ...d, stage: 'operator-settings' as const }));
  return {
    settings: read.settings,
    diagnostics: locateDiagnostics(parseValuesText(text), diagnostics),
  };
}

/** The selected actor's pipeline: the preview, the lab and the export follow it. */
function selectedPipeline(release: ReleaseRun, values: unknown, inputs: StudioInputs) {
  const actor = release.actors[Math.min(inputs.actor ?? 0, release.actors.length - 1)];
  return actor?.pipeline ?? runPipeline(values, { profile: inputs.profile });
}

/**
 * Validation, chart → API server → operator → KEDA, and the formula checks, for every actor of
 * the document. While the text does not parse (`parsed` undefined) the last good values keep
 * their pipelines, and only the settings' problems are reported.
 */
const analyzeDocument = (
  ...[values, parsed, inputs, previous]: Parameters<StudioAnalyzer>
): StudioAnalysis => {
  const sameSettings = previous?.inputs.operatorSettingsText === inputs.operatorSettingsText;
  const operatorSettings =
    previous && sameSettings
      ? previous.operatorSettings
      : deriveOperatorSettings(inputs.operatorSettingsText);
  const sameRelease =
    previous &&
    sameSettings &&
    previous.inputs.profile === inputs.profile &&
    (!parsed || previous.inputs.text === inputs.text);
  const release = sameRelease
    ? previous.release
    : runRelease(
        values,
        {
          profile: inputs.profile,
          ...(operatorSettings.settings ? { operatorSettings: operatorSettings.settings } : {}),
        },
        previous?.release,
      );
  const pipeline = selectedPipeline(release, values, inputs);
  if (!parsed)
    return { operatorSettings, release, pipeline, diagnostics: operatorSettings.diagnostics };
  const diagnostics =
    sameRelease && previous.inputs.text === inputs.text
      ? previous.diagnostics
      : dedupeDiagnostics([...releaseProblems(parsed, release), ...operatorSettings.diagnostics]);
  return { operatorSettings, release, pipeline, diagnostics };
};

export const analyzeStudio: StudioAnalyzer = Object.assign(analyzeDocument, {
  split: splitDocument,
});
