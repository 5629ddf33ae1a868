import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { locateDiagnostics, parseValuesText, type ParsedValues } from '@/core/document/index.ts';
import {
  defaultOperatorPresetId,
  operatorPresets,
  parseOperatorSettings,
  type OperatorSettings,
} from '@/core/operator-settings/index.ts';
import { dedupeDiagnostics, sortDiagnostics } from '@/core/studio/order-diagnostics.ts';
import { stdinName, type CliIo } from './cli-io.ts';
import type { FileProblem } from './format-problems.ts';

/** The operator settings a command works with, read and parsed once for every values file. */
export interface OperatorInput {
  /** The operator settings file, or a label naming the default preset. */
  operatorFile: string;
  operatorText: ParsedValues;
  settings?: OperatorSettings;
  settingsDiagnostics: Diagnostic[];
}

/** One values file, read and parsed. */
export interface ValuesInput {
  /** The name problems are reported under (`<stdin>` for `-`). */
  valuesFile: string;
  values: ParsedValues;
}

/** The files a render or lint works on. */
export type ActorInput = OperatorInput & ValuesInput;

function read(io: CliIo, path: string): string | { error: string } {
  try {
    return io.readFile(path);
  } catch (error) {
    return {
      error: `cannot read ${path === '-' ? stdinName : path}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** Reads the operator settings file, or the default preset when none is given. */
export function loadOperatorInput(
  io: CliIo,
  operatorFile?: string,
): OperatorInput | { error: string } {
  const preset = operatorPresets.find((p) => p.id === defaultOperatorPresetId);
  const settingsText = operatorFile === undefined ? (preset?.text ?? '') : read(io, operatorFile);
  if (typeof settingsText !== 'string') return settingsText;
  const parsedSettings = parseOperatorSettings(settingsText);
  return {
    operatorFile: operatorFile ?? `<operator preset ${defaultOperatorPresetId}>`,
    operatorText: parseValuesText(settingsText),
    ...(parsedSettings.settings ? { settings: parsedSettings.settings } : {}),
    settingsDiagnostics: parsedSettings.diagnostics,
  };
}

/** Reads and parses one values file (`-` reads standard input). */
export function loadValuesInput(io: CliIo, valuesFile: string): ValuesInput | { error: string } {
  const text = read(io, valuesFile);
  if (typeof text !== 'string') return text;
  return { valuesFile: valuesFile === '-' ? stdinName : valuesFile, values: parseValuesText(text) };
}

/** Reads the values file and the operator settings (default preset when none is given). */
export function loadActorInput(
  io: CliIo,
  valuesFile: string,
  operatorFile?: string,
): ActorInput | { error: string } {
  const values = loadValuesInput(io, valuesFile);
  if ('error' in values) return values;
  const operator = loadOperatorInput(io, operatorFile);
  return 'error' in operator ? operator : { ...values, ...operator };
}

/** Locates problems in the values file and keeps one per rule and path (stages may report the same thing). */
export function valuesFileProblems(
  input: ValuesInput,
  valueDiagnostics: readonly Diagnostic[],
): FileProblem[] {
  // The same ordering and de-duplication as the studio's Problems list.
  const values = sortDiagnostics(
    dedupeDiagnostics(
      locateDiagnostics(input.values, [...input.values.diagnostics, ...valueDiagnostics]),
    ),
  );
  return values.map((diagnostic) => ({ file: input.valuesFile, diagnostic }));
}

/** The operator settings file's problems, located in it. */
export function operatorFileProblems(input: OperatorInput): FileProblem[] {
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
  return settings.map((diagnostic) => ({ file: input.operatorFile, diagnostic }));
}

/** Every problem of a values file and of the operator settings it was rendered with. */
export function collectProblems(
  input: ActorInput,
  valueDiagnostics: readonly Diagnostic[],
): FileProblem[] {
  return [...valuesFileProblems(input, valueDiagnostics), ...operatorFileProblems(input)];
}
