import { readYaml, readYamlDocuments } from '@/core/document/index.ts';
import type { ChartProfileId } from '@/core/chart/index.ts';
import { chartProfileIds } from '@/core/chart/index.ts';
import {
  defaultOperatorPresetId,
  operatorPresets,
  parseOperatorSettings,
} from '@/core/operator-settings/index.ts';
import { runManifestPipeline } from '@/core/pipeline/index.ts';
import { runRelease, type ReleaseRun } from '@/core/release/index.ts';
import type { OperatorSettings } from '@/core/operator-settings/index.ts';
import { caseVerdictFailures } from './case-verdicts.ts';
import { diffManifests } from './compare-manifests.ts';
import type { ConformanceResult } from './conformance-result.ts';
import { isRecord } from '@/core/shared/is-record.ts';

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
  const release = isRecord(caseData.release) ? caseData.release : {};
  const profile =
    caseData.profile ?? (files['transport.yaml'] !== undefined ? 'asya-actor' : 'asya-test-actor');
  if (!chartProfileIds.includes(profile as ChartProfileId))
    return `case.yaml: unknown profile ${JSON.stringify(profile)}`;
  const error = caseData.error;
  const expectedError = isRecord(error)
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
  return readYamlDocuments(text).filter((doc) => doc !== null && doc !== undefined);
}

/**
 * Each stage's expected file against every actor's objects of that stage, in document order (a
 * multi-actor case's `asyncactor.yaml` holds one document per actor).
 */
function stageFailures(
  files: Record<string, string>,
  setup: CaseSetup,
  release: ReleaseRun,
): string[] {
  const failures: string[] = [];
  const pipelines = release.actors.map(({ pipeline }) => pipeline);
  if (setup.expectedError !== undefined) {
    const error = pipelines.map((pipeline) => pipeline.chart.error).find((e) => e !== undefined);
    if (error === undefined)
      failures.push(
        `expected a render error containing "${setup.expectedError}", but the chart rendered`,
      );
    else if (!error.includes(setup.expectedError))
      failures.push(`render error "${error}" does not contain "${setup.expectedError}"`);
  }
  const stages: [string, unknown[]][] = [
    ['asyncactor.yaml', pipelines.flatMap((pipeline) => pipeline.chart.objects)],
    ['asyncactor.stored.yaml', pipelines.flatMap((pipeline) => pipeline.stored.objects)],
    ['operator.yaml', pipelines.flatMap((pipeline) => pipeline.operator.objects)],
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
 * case.yaml's verdicts (apiServer, operator, keda): of the one actor, or, in a multi-actor case,
 * of each actor under `actors:` (in document order, each with its `name`).
 */
function verdictFailures(caseData: Record<string, unknown>, release: ReleaseRun): string[] {
  const [first, ...others] = release.actors;
  if (!Array.isArray(caseData.actors))
    return first && others.length === 0 ? caseVerdictFailures(caseData, first.pipeline) : [];
  const expected: unknown[] = caseData.actors;
  const names = release.actors.map(({ slice }) => slice.label);
  const wanted = expected.map((actor) => (isRecord(actor) ? String(actor.name) : ''));
  if (names.join(',') !== wanted.join(','))
    return [`actors: expected ${wanted.join(', ')}, got ${names.join(', ')}`];
  return release.actors.flatMap(({ slice, pipeline }, index) => {
    const verdicts = expected[index];
    return (isRecord(verdicts) ? caseVerdictFailures(verdicts, pipeline) : []).map(
      (failure) => `actor ${slice.label}: ${failure}`,
    );
  });
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
  const caseData: unknown = files['case.yaml'] === undefined ? {} : readYaml(files['case.yaml']);
  const setup = readSetup(isRecord(caseData) ? caseData : {}, files);
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
  const values = readYaml(valuesText) ?? {};
  const release = runRelease(values, { ...setup, operatorSettings: settings.settings });
  const failures = [
    ...stageFailures(files, setup, release),
    ...manifestFailures(files, setup, settings.settings),
    ...verdictFailures(isRecord(caseData) ? caseData : {}, release),
  ];
  return failures.length === 0
    ? { id: name, passed: true }
    : { id: name, passed: false, detail: failures.join('\n') };
}

/**
 * Runs one golden case folder (`golden/` or `golden-readme/` format) through the whole pipeline;
 * its values may hold several actors (an `actors:` list or a helmfile). Never throws.
 */
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
