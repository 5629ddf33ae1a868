import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { locateDiagnostics, parseValuesText, type ParsedValues } from '@/core/document/index.ts';
import {
  defaultOperatorPresetId,
  operatorPresets,
  parseOperatorSettings,
  type OperatorSettings,
} from '@/core/operator-settings/index.ts';
import { dedupeDiagnostics, sortDiagnostics } from '@/core/studio/order-diagnostics.ts';
import type { CliIo } from './cli-io.ts';
import type { FileProblem } from './format-problems.ts';

/** The files a render or lint works on, read and parsed once. */
export interface ActorInput {
  valuesFile: string;
  values: ParsedValues;
  /** The operator settings file, or a label naming the default preset. */
  operatorFile: string;
  operatorText: ParsedValues;
  settings?: OperatorSettings;
  settingsDiagnostics: Diagnostic[];
}

function read(io: CliIo, path: string): string | { error: string } {
  try {
    return io.readFile(path);
  } catch (error) {
    return {
      error: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** Reads the values file and the operator settings (default preset when none is given). */
export function loadActorInput(
  io: CliIo,
  valuesFile: string,
  operatorFile?: string,
): ActorInput | { error: string } {
  const valuesText = read(io, valuesFile);
  if (typeof valuesText !== 'string') return valuesText;
  const preset = operatorPresets.find((p) => p.id === defaultOperatorPresetId);
  const settingsText = operatorFile === undefined ? (preset?.text ?? '') : read(io, operatorFile);
  if (typeof settingsText !== 'string') return settingsText;
  const parsedSettings = parseOperatorSettings(settingsText);
  return {
    valuesFile,
    values: parseValuesText(valuesText),
    operatorFile: operatorFile ?? `<operator preset ${defaultOperatorPresetId}>`,
    operatorText: parseValuesText(settingsText),
    ...(parsedSettings.settings ? { settings: parsedSettings.settings } : {}),
    settingsDiagnostics: parsedSettings.diagnostics,
  };
}

/** Locates problems in their files and keeps one per rule and path (stages may report the same thing). */
export function collectProblems(
  input: ActorInput,
  valueDiagnostics: readonly Diagnostic[],
): FileProblem[] {
  // The same ordering and de-duplication as the studio's Problems list.
  const values = sortDiagnostics(
    dedupeDiagnostics(
      locateDiagnostics(input.values, [...input.values.diagnostics, ...valueDiagnostics]),
    ),
  );
  // An unknown key is best shown at the key itself, every other settings problem at its value.
  const atKeys = input.settingsDiagnostics.map((d) => {
    const range =
      d.ruleId === 'operator-settings/unknown-key'
        ? input.operatorText.keyRange(d.path)
        : undefined;
    return range ? { ...d, range } : d;
  });
  const settings = sortDiagnostics(
    dedupeDiagnostics(locateDiagnostics(input.operatorText, atKeys)),
  );
  return [
    ...values.map((diagnostic) => ({ file: input.valuesFile, diagnostic })),
    ...settings.map((diagnostic) => ({ file: input.operatorFile, diagnostic })),
  ];
}
