import { metricTypes } from '../schema/scaling-schema.ts';
import { workloadKinds } from '../schema/workload-schema.ts';
import type { ValuesPath } from '../diagnostics/diagnostic.ts';
import { upstreamLink } from '../diagnostics/upstream-source.ts';
import type { Rule, RuleContext, RuleFinding } from './rule.ts';
import { isSet, valueAt } from './values-access.ts';

/** The AsyncActor CRD at the pinned commit, at the lines of the field a rule checks. */
const crd = (lines: readonly [number, number]): string =>
  upstreamLink('asya', 'src/asya-operator/config/crd/asya.sh_asyncactors.yaml', lines);

function rejected(field: string, value: unknown, rule: string): string {
  return `The API server rejects the AsyncActor ("spec.${field}: Invalid value: ${JSON.stringify(value)}: ${rule}"), so helm install fails and nothing is deployed.`;
}

function minimumRule(
  id: string,
  path: ValuesPath,
  minimum: number,
  fix: string,
  crdLines: readonly [number, number],
): Rule {
  const field = path.join('.');
  return {
    id,
    severity: 'error',
    summary: `\`${field}\` is at least ${minimum}.`,
    source: crd(crdLines),
    check(context: RuleContext): RuleFinding[] {
      const value = valueAt(context.values, path);
      if (typeof value !== 'number' || value >= minimum) return [];
      return [
        {
          path,
          message: rejected(field, value, `should be greater than or equal to ${minimum}`),
          fix,
        },
      ];
    },
  };
}

export const transportRequired: Rule = {
  id: 'crd/transport-required',
  severity: 'error',
  summary: 'The transport is a non-empty name.',
  source: crd([347, 350]),
  check(context) {
    const value = valueAt(context.values, ['transport']);
    // A type error is the schema's to report. A null deletes the chart default (Helm coalescing
    // C5), and the shipped chart has no default to begin with.
    if (isSet(value) && typeof value !== 'string') return [];
    const empty = value === '' || value === null;
    if (!empty && !(value === undefined && context.profile === 'asya-actor')) return [];
    return [
      {
        path: ['transport'],
        message:
          context.profile === 'asya-actor'
            ? 'The API server rejects the AsyncActor ("spec.transport: Required value"): the shipped chart has no default transport.'
            : 'The chart stops with "transport is required" (and the CRD requires at least one character), so nothing is deployed.',
        fix: 'Set `transport` to the name of a transport configured in the operator: `rabbitmq` or `sqs`.',
      },
    ];
  },
};

export const workloadKindEnum: Rule = {
  id: 'crd/workload-kind-enum',
  severity: 'error',
  summary: '`workload.kind` is Deployment or StatefulSet.',
  source: crd([354, 360]),
  check(context) {
    const value = valueAt(context.values, ['workload', 'kind']);
    if (!isSet(value) || (workloadKinds as readonly unknown[]).includes(value)) return [];
    return [
      {
        path: ['workload', 'kind'],
        message: rejected(
          'workload.kind',
          value,
          'Unsupported value; supported values: "Deployment", "StatefulSet"',
        ),
        fix: 'Use `Deployment` (or `StatefulSet`); Pods and other kinds cannot be scaled by KEDA.',
      },
    ];
  },
};

export const metricTypeEnum: Rule = {
  id: 'crd/metric-type-enum',
  severity: 'error',
  summary: '`scaling.advanced.metricType` is AverageValue, Value or Utilization.',
  source: crd([106, 112]),
  check(context) {
    const path = ['scaling', 'advanced', 'metricType'];
    const value = valueAt(context.values, path);
    // asya-test-actor renders only non-empty values; asya-actor passes "" through to the CRD.
    const empty = value === '' && context.profile === 'asya-test-actor';
    if (!isSet(value) || empty || (metricTypes as readonly unknown[]).includes(value)) return [];
    return [
      {
        path,
        message: rejected(
          'scaling.advanced.metricType',
          value,
          'Unsupported value; supported values: "AverageValue", "Value", "Utilization"',
        ),
        fix: 'Use `AverageValue` (per pod) or `Value`, spelled exactly so, or remove the key.',
      },
    ];
  },
};

export const minReplicasMinimum = minimumRule(
  'crd/min-replicas-minimum',
  ['scaling', 'minReplicas'],
  0,
  'Use 0 (scale to zero) or more.',
  [135, 140],
);
export const maxReplicasMinimum = minimumRule(
  'crd/max-replicas-minimum',
  ['scaling', 'maxReplicas'],
  1,
  'Use 1 or more.',
  [129, 134],
);
export const queueLengthMinimum = minimumRule(
  'crd/queue-length-minimum',
  ['scaling', 'queueLength'],
  1,
  'Use 1 or more messages per replica.',
  [145, 149],
);
export const replicasMinimum = minimumRule(
  'crd/replicas-minimum',
  ['workload', 'replicas'],
  0,
  'Use 0 or more.',
  [365, 370],
);

export const advancedTargetString: Rule = {
  id: 'crd/advanced-target-string',
  severity: 'warning',
  summary: '`scaling.advanced.target` and `activationTarget` are written as strings.',
  source: crd([100, 119]),
  check(context) {
    return (['target', 'activationTarget'] as const)
      .filter((key) => typeof valueAt(context.values, ['scaling', 'advanced', key]) === 'number')
      .map((key) => ({
        path: ['scaling', 'advanced', key],
        message:
          context.profile === 'asya-actor'
            ? `The API server rejects the AsyncActor: the CRD types \`${key}\` as a string and the shipped chart passes this number through unchanged.`
            : `The CRD types \`${key}\` as a string. asya-test-actor quotes this number for you, but the shipped asya-actor chart passes it through and the API server rejects it.`,
        fix: `Quote it: \`${key}: "${String(valueAt(context.values, ['scaling', 'advanced', key]) as number)}"\`.`,
      }));
  },
};

export const crdRules: readonly Rule[] = [
  advancedTargetString,
  transportRequired,
  workloadKindEnum,
  metricTypeEnum,
  minReplicasMinimum,
  maxReplicasMinimum,
  queueLengthMinimum,
  replicasMinimum,
];
