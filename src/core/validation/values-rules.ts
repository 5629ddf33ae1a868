import type { z } from 'zod';
import type { ValuesPath } from '../diagnostics/diagnostic.ts';
import { advancedScalingSchema, scalingSchema } from '../schema/scaling-schema.ts';
import { timeoutSchema } from '../schema/timeout-schema.ts';
import { valuesSchema } from '../schema/values-schema.ts';
import { workloadSchema } from '../schema/workload-schema.ts';
import { parseQuantity } from './quantity.ts';
import type { Rule, RuleContext, RuleFinding } from './rule.ts';
import { asList, asMap, isSet, valueAt } from './values-access.ts';
import { containers, initContainers, runtimeContainers } from './workload-access.ts';
import { upstreamLink } from '../diagnostics/upstream-source.ts';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function dnsLabelRule(id: string, key: 'name' | 'namespace', what: string): Rule {
  return {
    id,
    severity: 'error',
    summary: `\`${key}\` is a DNS-1123 label.`,
    check(context) {
      const value = valueAt(context.values, [key]);
      if (typeof value !== 'string' || value === '') return [];
      if (DNS_LABEL.test(value) && value.length <= 63) return [];
      const reason =
        value.length > 63
          ? `is ${value.length} characters long (at most 63)`
          : 'may hold only lowercase letters, digits and `-`, starting and ending with a letter or digit';
      return [
        {
          path: [key],
          message: `${what} \`${value}\` ${reason}: Kubernetes rejects it.`,
          fix: `Write it like \`${
            value
              .toLowerCase()
              .replace(/[^a-z0-9-]+/g, '-')
              .replace(/^-+|-+$/g, '')
              .slice(0, 63) || 'my-actor'
          }\`.`,
        },
      ];
    },
  };
}

export const dnsLabelName = dnsLabelRule(
  'values/dns-label-name',
  'name',
  'The actor name becomes the AsyncActor, Deployment and queue names and a label value; the name',
);
export const dnsLabelNamespace = dnsLabelRule(
  'values/dns-label-namespace',
  'namespace',
  'The namespace',
);

function handlerEnv(env: unknown[]): { index: number; entry: Record<string, unknown> } | undefined {
  for (let index = env.length - 1; index >= 0; index--) {
    const entry = asMap(env[index]);
    if (entry?.name === 'ASYA_HANDLER') return { index, entry };
  }
  return undefined;
}

export const handlerPresent: Rule = {
  id: 'values/handler-missing',
  severity: 'error',
  summary: 'The `asya-runtime` container sets `ASYA_HANDLER`.',
  check(context) {
    return runtimeContainers(context)
      .filter(({ container }) => handlerEnv(asList(container.env)) === undefined)
      .map(({ path, container }) => ({
        path: isSet(container.env) ? [...path, 'env'] : path,
        message:
          'The runtime does not know which function to call: without ASYA_HANDLER, asya_runtime.py cannot load a handler and the pod fails instead of processing messages.',
        fix: 'Add an env entry `ASYA_HANDLER` with the value `module.function`, e.g. `handlers.process`.',
      }));
  },
};

const HANDLER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

export const handlerShape: Rule = {
  id: 'values/handler-shape',
  severity: 'error',
  summary: '`ASYA_HANDLER` is shaped `module.function`.',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const { path, container } of runtimeContainers(context)) {
      const found = handlerEnv(asList(container.env));
      const value = found?.entry.value;
      if (found === undefined || typeof value !== 'string' || HANDLER.test(value)) continue;
      findings.push({
        path: [...path, 'env', found.index, 'value'],
        message: `The runtime cannot import \`${value}\`: ASYA_HANDLER must name a module and a function, \`module.function\` (the module may be dotted), so every message would fail.`,
        fix: 'Write it as `package.module.function`, e.g. `handlers.process`, and make the module importable (PYTHONPATH).',
      });
    }
    return findings;
  },
};

function resourceMaps(context: RuleContext) {
  const found: {
    path: ValuesPath;
    limits?: Record<string, unknown>;
    requests?: Record<string, unknown>;
  }[] = [];
  for (const { path, container } of [...containers(context), ...initContainers(context)]) {
    const resources = asMap(container.resources);
    if (resources === undefined) continue;
    found.push({
      path: [...path, 'resources'],
      limits: asMap(resources.limits),
      requests: asMap(resources.requests),
    });
  }
  return found;
}

export const resourceQuantity: Rule = {
  id: 'values/resource-quantity',
  severity: 'error',
  summary: 'Resource requests and limits are Kubernetes quantities.',
  source: upstreamLink(
    'kubernetesTypes',
    'staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go',
  ),
  check(context) {
    const findings: RuleFinding[] = [];
    for (const { path, limits, requests } of resourceMaps(context)) {
      for (const [kind, map] of [
        ['limits', limits],
        ['requests', requests],
      ] as const) {
        for (const [resource, value] of Object.entries(map ?? {})) {
          if (!isSet(value) || parseQuantity(value) !== undefined) continue;
          findings.push({
            path: [...path, kind, resource],
            message: `\`${String(value)}\` is not a Kubernetes quantity: Kubernetes rejects the Deployment the operator creates, so no pod starts.`,
            fix: 'Write a number with an optional suffix: `500m` or `2` for CPU, `256Mi` or `1Gi` for memory.',
          });
        }
      }
    }
    return findings;
  },
};

export const requestsWithinLimits: Rule = {
  id: 'values/requests-exceed-limits',
  severity: 'error',
  summary: 'No resource request is above its limit.',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const { path, limits, requests } of resourceMaps(context)) {
      for (const [resource, requested] of Object.entries(requests ?? {})) {
        const request = parseQuantity(requested);
        const limit = parseQuantity(limits?.[resource]);
        if (request === undefined || limit === undefined || request <= limit) continue;
        findings.push({
          path: [...path, 'requests', resource],
          message: `The ${resource} request (${String(requested)}) is above its limit (${String(limits?.[resource])}): Kubernetes rejects the pod ("must be less than or equal to ${resource} limit"), so the Deployment has no pods.`,
          fix: `Lower the ${resource} request or raise the limit.`,
        });
      }
    }
    return findings;
  },
};

const SECRET_NAME = /(SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL)/i;

export const secretInValues: Rule = {
  id: 'values/secret-in-values',
  severity: 'warning',
  summary: 'No credentials are typed into the values.',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const key of ['awsAccessKeyId', 'awsSecretAccessKey']) {
      const value = valueAt(context.values, [key]);
      if (typeof value !== 'string' || value === '') continue;
      findings.push({
        path: [key],
        message: `\`${key}\` is stored in plain text in the Helm release and in this values file, readable by anyone with access to either.`,
        fix: 'Use IRSA (a ServiceAccount role) or a Kubernetes Secret, and leave this value empty.',
      });
    }
    for (const { path, container } of [...containers(context), ...initContainers(context)]) {
      asList(container.env).forEach((item, index) => {
        const entry = asMap(item);
        const name = entry?.name;
        const value = entry?.value;
        if (
          typeof name !== 'string' ||
          !SECRET_NAME.test(name) ||
          typeof value !== 'string' ||
          value === ''
        )
          return;
        findings.push({
          path: [...path, 'env', index, 'value'],
          message: `\`${name}\` looks like a secret, typed in as plain text: it lands in the Helm release, the AsyncActor and the Deployment for anyone who can read them.`,
          fix: `Store it in a Secret and use \`valueFrom.secretKeyRef\` for ${name}.`,
        });
      });
    }
    return findings;
  },
};

function knownKeys(schema: z.ZodObject): Set<string> {
  return new Set(Object.keys(schema.shape));
}

const CHECKED_MAPS: { path: ValuesPath; keys: Set<string>; effect: string }[] = [
  { path: [], keys: knownKeys(valuesSchema), effect: 'the chart ignores it, so it has no effect' },
  {
    path: ['scaling'],
    keys: knownKeys(scalingSchema),
    effect: 'the chart ignores it, so it has no effect',
  },
  {
    path: ['scaling', 'advanced'],
    keys: knownKeys(advancedScalingSchema),
    effect: 'the chart ignores it, so it has no effect',
  },
  {
    path: ['workload'],
    keys: knownKeys(workloadSchema),
    effect: 'the chart passes it on, and the API server drops it from the AsyncActor',
  },
  {
    path: ['timeout'],
    keys: knownKeys(timeoutSchema),
    effect: 'the API server drops it from the AsyncActor',
  },
];

export const unknownKey: Rule = {
  id: 'values/unknown-key',
  severity: 'warning',
  summary: 'Every key at the actor level is one the chart knows.',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const { path, keys, effect } of CHECKED_MAPS) {
      const map = asMap(valueAt(context.values, path));
      for (const key of Object.keys(map ?? {})) {
        if (keys.has(key)) continue;
        const known = [...keys].find((candidate) => candidate.toLowerCase() === key.toLowerCase());
        findings.push({
          path: [...path, key],
          message: `\`${[...path, key].join('.')}\` is not a value of this chart: ${effect}.`,
          fix: known
            ? `Did you mean \`${known}\`? Keys are case-sensitive.`
            : 'Remove it, or check the spelling against the README.',
        });
      }
    }
    return findings;
  },
};

export const valuesRules: readonly Rule[] = [
  dnsLabelName,
  dnsLabelNamespace,
  handlerPresent,
  handlerShape,
  resourceQuantity,
  requestsWithinLimits,
  secretInValues,
  unknownKey,
];
