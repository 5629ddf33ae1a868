import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { chartDefaults } from './chart-profile.ts';
import { standardLabels } from './chart-labels.ts';
import { coalesceValues } from './coalesce-values.ts';
import { goString, goTruthy, isMap, printRaw, toYamlValue } from './go-values.ts';
import {
  exponentNumber,
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
  const block: Record<string, unknown> = { enabled: printRaw(scaling.enabled) };
  if (fromUser && (scaling.enabled === undefined || scaling.enabled === null))
    diagnostics.push(scalingWithoutEnabled());
  if (!goTruthy(scaling.enabled)) return block;
  const missing = scalingNumbers.filter(
    (key) => scaling[key] === undefined || scaling[key] === null,
  );
  if (fromUser && missing.length > 0) diagnostics.push(partialScalingBlock(missing));
  for (const key of scalingNumbers) {
    block[key] = printRaw(scaling[key]);
    const value = scaling[key];
    if (typeof value === 'number' && Math.abs(value) >= 1e6)
      diagnostics.push(exponentNumber(['scaling', key], goString(value)));
  }
  if (isMap(scaling.advanced) && goTruthy(scaling.advanced))
    block.advanced = toYamlValue(scaling.advanced);
  return block;
}

function pick(user: unknown, fallback: unknown): { value: unknown; fromUser: boolean } {
  return goTruthy(user) ? { value: user, fromUser: true } : { value: fallback, fromUser: false };
}

/** Profile `asya-actor`: deploy/helm-charts/asya-actor as shipped, single-actor mode (asya-operator.md §1). */
export function renderAsyaActor(
  user: Record<string, unknown>,
  releaseName: string | undefined,
  appLabelName?: string,
): ChartRender {
  const diagnostics = ignoredKeys(user, known, ignoredWhy, 'asya-actor');
  const values = coalesceValues(user, chartDefaults('asya-actor'));
  if (goTruthy(values.actors)) diagnostics.push(multiActorMode());
  const fallback = isMap(values.default) ? values.default : {};
  const name = goString(values.name);
  const labels = standardLabels(
    'asya-actor',
    appLabelName ?? (name === '' ? 'asya-actor' : name),
    releaseName ?? (name || 'release-name'),
  );
  const spec: Record<string, unknown> = { transport: printRaw(values.transport) };
  const scaling = pick(values.scaling, fallback.scaling);
  if (goTruthy(scaling.value)) {
    if (!isMap(scaling.value))
      return {
        error: 'scaling must be a map: the template cannot read `.enabled` from it',
        diagnostics,
      };
    spec.scaling = renderScaling(scaling.value, scaling.fromUser, diagnostics);
  }
  if (goTruthy(values.timeout)) spec.timeout = toYamlValue(values.timeout);
  spec.workload = toYamlValue(pick(values.workload, fallback.workload).value) ?? null;
  const metadata = { name: printRaw(values.name), namespace: printRaw(values.namespace), labels };
  return {
    asyncActor: { apiVersion: 'asya.sh/v1alpha1', kind: 'AsyncActor', metadata, spec },
    diagnostics,
  };
}
