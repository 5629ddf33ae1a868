import type { Diagnostic, ValuesPath } from '@/core/diagnostics/index.ts';
import { upstreamLink } from '@/core/diagnostics/index.ts';

/** The chart README's parameter table, which marks `name` and `transport` as required. */
const readmeParameters = upstreamLink(
  'asya',
  'testing/e2e/charts/asya-test-actors/README.md',
  [94, 98],
);
/** The shipped chart's template, at the lines a diagnostic is about. */
const chartTemplate = (lines: readonly [number, number]): string =>
  upstreamLink('asya', 'deploy/helm-charts/asya-actor/templates/asyncactor.yaml', lines);

export function requiredValue(key: string): Diagnostic {
  return {
    ruleId: 'chart/required-value',
    severity: 'error',
    stage: 'chart',
    message: `${key} is required: helm install stops with this template error and nothing reaches the cluster.`,
    fix: `Set \`${key}\` to a non-empty string.`,
    path: [key],
    source: readmeParameters,
  };
}

export function ignoredValue(path: ValuesPath, profileLabel: string, why: string): Diagnostic {
  return {
    ruleId: 'chart/ignored-value',
    severity: 'warning',
    stage: 'chart',
    message: `\`${path.join('.')}\` has no effect with the ${profileLabel} chart: ${why}`,
    fix: 'Remove it, or switch the chart profile if you meant the other chart.',
    path,
  };
}

/** One warning per top-level key the chart does not read, with the chart-specific reason where there is one. */
export function ignoredKeys(
  user: Record<string, unknown>,
  known: readonly string[],
  why: Readonly<Record<string, string>>,
  profileLabel: string,
): Diagnostic[] {
  return Object.keys(user)
    .filter((key) => !known.includes(key))
    .map((key) =>
      ignoredValue(
        [key],
        profileLabel,
        (Object.hasOwn(why, key) ? why[key] : undefined) ?? 'the chart does not read this key.',
      ),
    );
}

export function scalingWithoutEnabled(): Diagnostic {
  return {
    ruleId: 'chart/scaling-without-enabled',
    severity: 'warning',
    stage: 'chart',
    message:
      'This `scaling` block has no `enabled`: the asya-actor chart replaces its default block with it, prints `enabled:` empty and drops min/max/queueLength, so autoscaling is OFF and the Deployment runs `workload.replicas` pods.',
    fix: 'Add `enabled: true` to the scaling block.',
    path: ['scaling'],
    source: chartTemplate([21, 29]),
  };
}

export function partialScalingBlock(missing: readonly string[]): Diagnostic {
  return {
    ruleId: 'chart/partial-scaling-block',
    severity: 'info',
    stage: 'chart',
    message: `The asya-actor chart does not merge \`scaling\` with its defaults: ${missing.join(', ')} print empty and the CRD defaults apply (maxReplicas 50, pollingInterval 10, cooldownPeriod 60, queueLength 5), not the chart's.`,
    fix: 'Write every scaling field you care about explicitly.',
    path: ['scaling'],
    source: chartTemplate([6, 29]),
  };
}

export function enabledNotBoolean(value: unknown): Diagnostic {
  return {
    ruleId: 'chart/enabled-not-boolean',
    severity: 'warning',
    stage: 'chart',
    message: `\`scaling.enabled\` is ${JSON.stringify(value)}, not a boolean: the template tests its Go truth, so the string "false" turns autoscaling ON.`,
    fix: 'Write `enabled: true` or `enabled: false`.',
    path: ['scaling', 'enabled'],
    source: chartTemplate([23, 24]),
  };
}

export function multiActorMode(): Diagnostic {
  return {
    ruleId: 'chart/multi-actor-mode',
    severity: 'warning',
    stage: 'chart',
    message:
      'With a non-empty `actors` list the asya-actor chart renders one AsyncActor per item instead of this single actor; the preview shows single-actor mode only.',
    fix: 'Remove `actors` and describe one actor with the top-level keys.',
    path: ['actors'],
    source: chartTemplate([1, 2]),
  };
}
