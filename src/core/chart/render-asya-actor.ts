import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { chartDefaults } from './chart-profile.ts';
import { standardLabels, truncateName } from './chart-labels.ts';
import { coalesceValues } from './coalesce-values.ts';
import { goString, goTruthy, printRaw, toYamlValue } from './go-values.ts';
import { isRecord } from '@/core/shared/is-record.ts';
import { goField, truncArgument } from './go-template-eval.ts';
import { checkAsyaActorHooks } from './asya-actor-hooks.ts';
import {
  ignoredKeys,
  multiActorMode,
  partialScalingBlock,
  scalingWithoutEnabled,
} from './chart-diagnostics.ts';
import type { ChartRender } from './chart-render.ts';

const scalingNumbers = [
  'minReplicas',
  'maxReplicas',
  'pollingInterval',
  'cooldownPeriod',
  'queueLength',
] as const;
const known = [
  'name',
  'namespace',
  'transport',
  'scaling',
  'timeout',
  'workload',
  'actors',
  'default',
  'infrastructure',
  'tests',
];
const ignoredWhy: Record<string, string> = {
  labels: 'the shipped chart renders only its own five labels.',
  annotations: 'the shipped chart renders no annotations.',
  sidecar: 'the template has no spec.sidecar; only a bare AsyncActor manifest can set it.',
  awsAccessKeyId: 'no template reads it.',
  awsSecretAccessKey: 'no template reads it.',
};

/** §1.4: `enabled` printed raw; the numbers (missing → null) and `advanced` only when it is truthy. */
function renderScaling(
  scaling: Record<string, unknown>,
  fromUser: boolean,
  diagnostics: Diagnostic[],
): Record<string, unknown> {
  const block: Record<string, unknown> = {
    enabled: printRaw(scaling.enabled, ['scaling', 'enabled']),
  };
  if (fromUser && (scaling.enabled === undefined || scaling.enabled === null))
    diagnostics.push(scalingWithoutEnabled());
  if (!goTruthy(scaling.enabled)) return block;
  const missing = scalingNumbers.filter(
    (key) => scaling[key] === undefined || scaling[key] === null,
  );
  if (fromUser && missing.length > 0) diagnostics.push(partialScalingBlock(missing));
  for (const key of scalingNumbers) {
    // `1e+06` when printed, yet the API server gets 1000000: Helm sends the manifest as JSON.
    block[key] = printRaw(scaling[key], ['scaling', key]);
  }
  // `{{- if $scaling.advanced }}` then `toYaml`: any non-empty value, a map or not.
  if (goTruthy(scaling.advanced)) block.advanced = toYamlValue(scaling.advanced);
  return block;
}

const asyncActorTemplate = { file: 'asya-actor/templates/asyncactor.yaml' };
const helpersTemplate = { file: 'asya-actor/templates/_helpers.tpl' };

function pick(user: unknown, fallback: unknown): { value: unknown; fromUser: boolean } {
  return goTruthy(user) ? { value: user, fromUser: true } : { value: fallback, fromUser: false };
}

/**
 * Profile `asya-actor`: deploy/helm-charts/asya-actor as shipped (asya-operator.md §1). With
 * `appLabelName`, the values are one item of an `actors:` list with the root's inherited.
 */
export function renderAsyaActor(
  user: Record<string, unknown>,
  releaseName: string | undefined,
  appLabelName?: string,
): ChartRender {
  const diagnostics = ignoredKeys(user, known, ignoredWhy, 'asya-actor');
  const values = coalesceValues(user, chartDefaults('asya-actor'));
  if (goTruthy(values.actors)) diagnostics.push(multiActorMode());
  // The template reads these three before anything else, whatever the user set.
  for (const key of ['scaling', 'workload', 'healthChecks'])
    goField(asyncActorTemplate, values, ['default', key]);
  const fallback = isRecord(values.default) ? values.default : {};
  const name = values.name;
  // `.Values.name | default .Chart.Name | trunc 63 | trimSuffix "-"` (templates/_helpers.tpl).
  const appName =
    appLabelName ??
    (goTruthy(name) ? truncArgument(helpersTemplate, name, ['name']) : 'asya-actor');
  const labels = {
    ...standardLabels('asya-actor', appName, releaseName ?? (goString(name) || 'release-name')),
    'app.kubernetes.io/name': printRaw(truncateName(appName), ['name']),
  };
  // The hooks read the root values: for an item of `actors:` the release has run them (asya-actor-release.ts).
  if (appLabelName === undefined) checkAsyaActorHooks(values);
  const spec: Record<string, unknown> = {
    transport: printRaw(values.transport, ['transport']),
  };
  const scaling = pick(values.scaling, fallback.scaling);
  if (goTruthy(scaling.value)) {
    if (!isRecord(scaling.value))
      return {
        error: 'scaling must be a map: the template cannot read `.enabled` from it',
        diagnostics,
      };
    spec.scaling = renderScaling(scaling.value, scaling.fromUser, diagnostics);
  }
  if (goTruthy(values.timeout)) spec.timeout = toYamlValue(values.timeout);
  spec.workload = toYamlValue(pick(values.workload, fallback.workload).value) ?? null;
  const metadata = {
    name: printRaw(values.name, ['name']),
    namespace: printRaw(values.namespace, ['namespace']),
    labels,
  };
  return {
    asyncActor: { apiVersion: 'asya.sh/v1alpha1', kind: 'AsyncActor', metadata, spec },
    diagnostics,
  };
}
