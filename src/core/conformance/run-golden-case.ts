import { parse, parseAllDocuments } from 'yaml';
import type { ChartProfileId } from '@/core/chart/index.ts';
import { chartProfileIds } from '@/core/chart/index.ts';
import {
  defaultOperatorPresetId,
  operatorPresets,
  parseOperatorSettings,
} from '@/core/operator-settings/index.ts';
import { runManifestPipeline, runPipeline, type PipelineResult } from '@/core/pipeline/index.ts';
import type { OperatorSettings } from '@/core/operator-settings/index.ts';
import { parseValuesText } from '@/core/document/index.ts';
import { caseVerdictFailures } from './case-verdicts.ts';
import { diffManifests } from './compare-manifests.ts';
import type { ConformanceResult } from './conformance-result.ts';

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Case settings from case.yaml; both golden formats (`releaseName` or `release: {name, namespace}`). */
interface CaseSetup {
  profile: ChartProfileId;
  releaseName?: string;
  releaseNamespace: string;
  expectedError?: string;
}

function readSetup(
  caseData: Record<string, unknown>,
  files: Record<string, string>,
): CaseSetup | string {
  const release = isMap(caseData.release) ? caseData.release : {};
  const profile =
    caseData.profile ?? (files['transport.yaml'] !== undefined ? 'asya-actor' : 'asya-test-actor');
  if (!chartProfileIds.includes(profile as ChartProfileId))
    return `case.yaml: unknown profile ${JSON.stringify(profile)}`;
  const error = caseData.error;
  const expectedError = isMap(error)
    ? String(error.message)
    : typeof error === 'string'
      ? error
      : caseData.result === 'render-error'
        ? ''
        : undefined;
  const name = release.name ?? caseData.releaseName;
  const namespace = release.namespace ?? caseData.releaseNamespace;
  return {
    profile: profile as ChartProfileId,
    ...(typeof name === 'string' ? { releaseName: name } : {}),
    releaseNamespace: typeof namespace === 'string' ? namespace : 'default',
    ...(expectedError !== undefined ? { expectedError } : {}),
  };
}

function documents(text: string): unknown[] {
  return parseAllDocuments(text)
    .map((doc) => doc.toJS() as unknown)
    .filter((doc) => doc !== null && doc !== undefined);
}

function stageFailures(
  files: Record<string, string>,
  setup: CaseSetup,
  result: PipelineResult,
): string[] {
  const failures: string[] = [];
  if (setup.expectedError !== undefined) {
    const error = result.chart.error;
    if (error === undefined)
      failures.push(
        `expected a render error containing "${setup.expectedError}", but the chart rendered`,
      );
    else if (!error.includes(setup.expectedError))
      failures.push(`render error "${error}" does not contain "${setup.expectedError}"`);
  }
  const stages: [string, unknown[]][] = [
    ['asyncactor.yaml', result.chart.objects],
    ['asyncactor.stored.yaml', result.stored.objects],
    ['operator.yaml', result.operator.objects],
  ];
  for (const [file, actual] of stages) {
    const text = files[file];
    if (text === undefined) continue;
    const diff = diffManifests(file, documents(text), actual);
    if (diff) failures.push(diff);
  }
  return failures;
}

/**
 * `manifest-*.yaml` (golden README, stages 1'–3): the same actor applied as a bare AsyncActor
 * manifest; `*.stored.yaml` and `*operator*.yaml` among them are the expected later stages.
 */
function manifestFailures(
  files: Record<string, string>,
  setup: CaseSetup,
  settings: OperatorSettings,
): string[] {
  const names = Object.keys(files)
    .filter((f) => /^manifest.*\.ya?ml$/.test(f))
    .sort();
  const stored = names.find((f) => /\.stored\.ya?ml$/.test(f));
  const operator = names.find((f) => f !== stored && /operator/.test(f));
  const input = names.find((f) => f !== stored && f !== operator);
  if (input === undefined)
    return names.length > 0 ? [`manifest files ${names.join(', ')} without an input manifest`] : [];
  const [manifest] = documents(files[input] ?? '');
  const result = runManifestPipeline(manifest, { ...setup, operatorSettings: settings });
  const failures: string[] = [];
  for (const [file, actual] of [
    [stored, result.stored.objects],
    [operator, result.operator.objects],
  ] as const) {
    if (file === undefined) continue;
    const diff = diffManifests(file, documents(files[file] ?? ''), actual);
    if (diff) failures.push(diff);
  }
  return failures;
}

function run(name: string, files: Record<string, string>): ConformanceResult {
  const valuesText = files['values.yaml'];
  if (valuesText === undefined) return { id: name, passed: false, detail: 'no values.yaml' };
  const caseData: unknown = files['case.yaml'] === undefined ? {} : parse(files['case.yaml']);
  const setup = readSetup(isMap(caseData) ? caseData : {}, files);
  if (typeof setup === 'string') return { id: name, passed: false, detail: setup };
  const settingsText =
    files['transport.yaml'] ??
    operatorPresets.find((p) => p.id === defaultOperatorPresetId)?.text ??
    '';
  const settings = parseOperatorSettings(settingsText);
  if (!settings.settings)
    return {
      id: name,
      passed: false,
      detail: `transport.yaml: ${settings.diagnostics.map((d) => d.message).join('; ')}`,
    };
  // Read as the studio and Helm read values (go-yaml v2), not as the yaml library's YAML 1.1.
  const values = parseValuesText(valuesText).values;
  const result = runPipeline(values, { ...setup, operatorSettings: settings.settings });
  const failures = [
    ...stageFailures(files, setup, result),
    ...manifestFailures(files, setup, settings.settings),
    ...caseVerdictFailures(isMap(caseData) ? caseData : {}, result),
  ];
  return failures.length === 0
    ? { id: name, passed: true }
    : { id: name, passed: false, detail: failures.join('\n') };
}

/** Runs one golden case folder (`golden/` or `golden-readme/` format) through the whole pipeline. Never throws. */
export function runGoldenCase(name: string, files: Record<string, string>): ConformanceResult {
  try {
    return run(name, files);
  } catch (error) {
    return {
      id: name,
      passed: false,
      detail: `cannot run the case: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
