import { readmeExamples } from '@/core/examples/index.ts';
import { defaultOperatorPresetId, operatorPresets } from '@/core/operator-settings/index.ts';
import { analyzeStudio } from '@/core/studio/analyze-studio.ts';
import { parseValuesText } from '@/core/document/index.ts';
import { deriveStudio } from '@/core/studio/derive-studio.ts';
import { medianMs, type BenchFigure } from './measure.ts';

/** The largest README example, by text length. */
export function largestExample() {
  return readmeExamples.reduce((a, b) => (b.text.length > a.text.length ? b : a));
}

/**
 * What one keystroke costs in the core: parse, validate, chart, API server, operator, KEDA
 * verdict and formula checks for the largest example.
 */
export function benchPipeline(): BenchFigure {
  const example = largestExample();
  const operatorSettingsText =
    operatorPresets.find((p) => p.id === defaultOperatorPresetId)?.text ?? '';
  let i = 0;
  const stages = { read: parseValuesText, analyze: analyzeStudio };
  let previous = deriveStudio(
    { text: example.text, profile: 'asya-test-actor', operatorSettingsText },
    undefined,
    stages,
  );
  const ms = medianMs(() => {
    // A new text each run, as typing makes: nothing may come from a cache.
    previous = deriveStudio(
      { text: `${example.text}# edit ${i++}\n`, profile: 'asya-test-actor', operatorSettingsText },
      previous,
      stages,
    );
  }, 500);
  return {
    label: `whole pipeline per keystroke (${example.id}, parse → operator objects)`,
    medianMs: ms,
    goalMs: 1,
  };
}
