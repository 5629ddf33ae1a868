import type { ChartProfileId } from '@/core/chart/chart-profile.ts';
import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { locateDiagnostics, parseValuesText, type ParsedValues } from '@/core/document/index.ts';
import { parseOperatorSettings, type OperatorSettings } from '@/core/operator-settings/index.ts';
import { runPipeline, type PipelineResult } from '@/core/pipeline/index.ts';
import { scalingVerdicts } from '@/core/scaling/index.ts';
import { validateValues } from '@/core/validation/index.ts';
import { dedupeDiagnostics, sortDiagnostics } from './order-diagnostics.ts';

/** What the studio derives everything from. */
export interface StudioInputs {
  text: string;
  profile: ChartProfileId;
  operatorSettingsText: string;
}

/** The operator settings as read, with their problems located in the settings text. */
export interface DerivedOperatorSettings {
  settings?: OperatorSettings;
  diagnostics: Diagnostic[];
}

/** Everything the UI shows, computed from the inputs alone. */
export interface DerivedStudio {
  inputs: StudioInputs;
  parsed: ParsedValues;
  /** The values the form shows: the current ones, or the last that parsed while the text is broken. */
  values: unknown;
  /** True while the text has a syntax error: the form is read-only and shows `values` from the last good text. */
  formLocked: boolean;
  /** The first syntax error, for the banner. */
  syntaxError?: Diagnostic;
  operatorSettings: DerivedOperatorSettings;
  /** Every problem from every stage, located in the text and ordered by place. */
  diagnostics: Diagnostic[];
  /** The chart → API server → operator prediction for `values` (the last good one while the text is broken). */
  pipeline: PipelineResult;
}

function deriveOperatorSettings(text: string): DerivedOperatorSettings {
  const read = parseOperatorSettings(text);
  const diagnostics = read.diagnostics.map((d) => ({ ...d, stage: 'operator-settings' as const }));
  return { settings: read.settings, diagnostics: locateDiagnostics(parseValuesText(text), diagnostics) };
}

/**
 * Derives the studio's view from its inputs. `previous` supplies the last good state while the
 * text does not parse (so a syntax error never blanks the form or the preview) and lets
 * unchanged inputs be reused instead of recomputed.
 */
export function deriveStudio(inputs: StudioInputs, previous?: DerivedStudio): DerivedStudio {
  const parsed = parseValuesText(inputs.text);
  const formLocked = !parsed.ok;
  const syntaxError = parsed.diagnostics.find((d) => d.stage === 'yaml' && d.severity === 'error');
  const sameSettings = previous?.inputs.operatorSettingsText === inputs.operatorSettingsText;
  const operatorSettings = previous && sameSettings ? previous.operatorSettings : deriveOperatorSettings(inputs.operatorSettingsText);
  const pipelineOptions = { profile: inputs.profile, operatorSettings: operatorSettings.settings };

  if (formLocked && previous) {
    const samePipeline = sameSettings && previous.inputs.profile === inputs.profile;
    const pipeline = samePipeline ? previous.pipeline : runPipeline(previous.values, pipelineOptions);
    const diagnostics = sortDiagnostics([...parsed.diagnostics, ...operatorSettings.diagnostics]);
    return { inputs, parsed, values: previous.values, formLocked, syntaxError, operatorSettings, diagnostics, pipeline };
  }

  const values = parsed.values;
  const pipeline = runPipeline(values, pipelineOptions);
  const valueDiagnostics = formLocked ? [] : [...validateValues(parsed), ...scalingVerdicts(values), ...pipeline.diagnostics];
  const diagnostics = sortDiagnostics(
    dedupeDiagnostics([...parsed.diagnostics, ...locateDiagnostics(parsed, valueDiagnostics), ...operatorSettings.diagnostics]),
  );
  return { inputs, parsed, values, formLocked, syntaxError, operatorSettings, diagnostics, pipeline };
}
