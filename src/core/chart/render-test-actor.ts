import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { chartDefaults } from './chart-profile.ts';
import { standardLabels, testActorAppName, userStringMap } from './chart-labels.ts';
import { coalesceValues } from './coalesce-values.ts';
import { goString, goTruthy, printRaw, toYamlValue } from './go-values.ts';
import { isRecord } from '@/core/shared/is-record.ts';
import { enabledNotBoolean, ignoredKeys, requiredValue } from './chart-diagnostics.ts';
import type { ChartRender } from './chart-render.ts';

const scalingNumbers = [
  'minReplicas',
  'maxReplicas',
  'pollingInterval',
  'cooldownPeriod',
  'queueLength',
] as const;
const advancedStrings = ['formula', 'target', 'activationTarget', 'metricType'] as const;
const known = [
  'name',
  'namespace',
  'transport',
  'labels',
  'annotations',
  'nameOverride',
  'scaling',
  'workload',
  'awsAccessKeyId',
  'awsSecretAccessKey',
];

function renderAdvanced(advanced: unknown): Record<string, unknown> | undefined {
  const a = isRecord(advanced) ? advanced : {};
  const block: Record<string, unknown> = {};
  for (const key of advancedStrings) if (goTruthy(a[key])) block[key] = goString(a[key]);
  if (goTruthy(a.restoreToOriginalReplicaCount)) block.restoreToOriginalReplicaCount = true;
  return Object.keys(block).length > 0 ? block : undefined;
}

/** R5/R6: a literal enabled flag; the numbers and the advanced block only in the enabled branch. */
function renderScaling(scaling: unknown, diagnostics: Diagnostic[]): Record<string, unknown> {
  const s = isRecord(scaling) ? scaling : {};
  if (s.enabled !== undefined && s.enabled !== null && typeof s.enabled !== 'boolean')
    diagnostics.push(enabledNotBoolean(s.enabled));
  if (!goTruthy(s.enabled)) return { enabled: false };
  const block: Record<string, unknown> = { enabled: true };
  for (const key of scalingNumbers) {
    if (s[key] === null || s[key] === undefined) continue;
    // `1e+06` when printed, yet the API server gets 1000000: Helm sends the manifest as JSON.
    block[key] = printRaw(s[key], ['scaling', key]);
  }
  const advanced = renderAdvanced(s.advanced);
  if (advanced) block.advanced = advanced;
  return block;
}

const ignoredWhy: Record<string, string> = {
  timeout: 'this chart never writes spec.timeout (decision D14); the CRD default 300 s applies.',
  sidecar: 'the chart cannot pass spec.sidecar; the operator settings choose the sidecar.',
};

/** Profile `asya-test-actor`: the README turned into a chart (readme-profile.md §3). */
export function renderTestActor(
  user: Record<string, unknown>,
  releaseName: string | undefined,
): ChartRender {
  const diagnostics = ignoredKeys(user, known, ignoredWhy, 'asya-test-actor');
  const values = coalesceValues(user, chartDefaults('asya-test-actor'));
  for (const key of ['name', 'namespace', 'transport'] as const) {
    if (values[key] === null || values[key] === undefined || values[key] === '') {
      return {
        error: `execution error at (asya-test-actor/templates/asyncactor.yaml): ${key} is required`,
        diagnostics: [...diagnostics, requiredValue(key)],
      };
    }
  }
  const name = goString(values.name);
  const labels = {
    ...standardLabels(
      'asya-test-actor',
      testActorAppName(values.nameOverride),
      releaseName ?? name,
    ),
  };
  Object.assign(labels, userStringMap(values.labels, Object.keys(labels)));
  const annotations = userStringMap(values.annotations);
  const metadata: Record<string, unknown> = { name, namespace: goString(values.namespace), labels };
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  const spec = {
    transport: goString(values.transport),
    scaling: renderScaling(values.scaling, diagnostics),
    workload: isRecord(values.workload) ? toYamlValue(values.workload) : {},
  };
  return {
    asyncActor: { apiVersion: 'asya.sh/v1alpha1', kind: 'AsyncActor', metadata, spec },
    diagnostics,
  };
}
