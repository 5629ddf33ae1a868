import { describe, expect, it } from 'vitest';
import type { ChartProfileId } from '../chart/chart-profile.ts';
import { parseValuesText } from '../document/parse-values-text.ts';
import { rules } from './rules.ts';
import { runRule, validateValues } from './validate-values.ts';

const runtime = (
  extra: Record<string, unknown> = {},
  env: unknown[] = [{ name: 'ASYA_HANDLER', value: 'handlers.echo' }],
) => ({
  name: 'asya-runtime',
  image: 'python:3.13-slim',
  env,
  ...extra,
});
const actor = (overrides: Record<string, unknown> = {}, containers: unknown[] = [runtime()]) => ({
  name: 'echo-actor',
  namespace: 'asya',
  transport: 'rabbitmq',
  workload: { template: { spec: { containers } } },
  ...overrides,
});

interface RuleCase {
  id: string;
  pass: unknown;
  fail: unknown;
  path: (string | number)[];
  profile?: ChartProfileId;
  /** The profile the passing case runs under, when it differs. */
  passProfile?: ChartProfileId;
}

const C = ['workload', 'template', 'spec', 'containers'];

const cases: RuleCase[] = [
  {
    id: 'operator/runtime-container-count',
    pass: actor(),
    fail: actor({}, [runtime(), runtime()]),
    path: [...C, 1],
  },
  {
    id: 'operator/runtime-container-count',
    pass: actor(),
    fail: actor({}, [{ name: 'app' }]),
    path: C,
  },
  {
    id: 'operator/runtime-container-count',
    // Without a workload, asya-actor uses its own sample container; asya-test-actor has none.
    pass: { transport: 'sqs' },
    passProfile: 'asya-actor',
    fail: { transport: 'sqs' },
    path: C,
  },
  {
    id: 'operator/runtime-command',
    pass: actor({}, [runtime({ command: [] })]),
    fail: actor({}, [runtime({ command: ['python3'] })]),
    path: [...C, 0, 'command'],
  },
  {
    id: 'operator/reserved-sidecar-name',
    pass: actor({}, [runtime(), { name: 'helper' }]),
    fail: actor({}, [runtime(), { name: 'asya-sidecar' }]),
    path: [...C, 1, 'name'],
  },
  {
    id: 'operator/reserved-sidecar-init-name',
    pass: actor({
      workload: {
        template: { spec: { containers: [runtime()], initContainers: [{ name: 'init' }] } },
      },
    }),
    fail: actor({
      workload: {
        template: { spec: { containers: [runtime()], initContainers: [{ name: 'asya-sidecar' }] } },
      },
    }),
    path: ['workload', 'template', 'spec', 'initContainers', 0, 'name'],
  },
  {
    id: 'crd/transport-required',
    pass: actor(),
    fail: actor({ transport: '' }),
    path: ['transport'],
  },
  {
    id: 'crd/transport-required',
    pass: actor(),
    fail: actor({ transport: null }),
    path: ['transport'],
  },
  {
    id: 'crd/transport-required',
    pass: actor(),
    fail: { ...actor(), transport: undefined },
    path: ['transport'],
    profile: 'asya-actor',
  },
  {
    id: 'crd/workload-kind-enum',
    pass: actor({ workload: { kind: 'StatefulSet' } }),
    fail: actor({ workload: { kind: 'Pod' } }),
    path: ['workload', 'kind'],
  },
  {
    id: 'crd/metric-type-enum',
    pass: actor({ scaling: { advanced: { metricType: 'Value' } } }),
    fail: actor({ scaling: { advanced: { metricType: 'averageValue' } } }),
    path: ['scaling', 'advanced', 'metricType'],
  },
  {
    id: 'crd/min-replicas-minimum',
    pass: actor({ scaling: { minReplicas: 0 } }),
    fail: actor({ scaling: { minReplicas: -1 } }),
    path: ['scaling', 'minReplicas'],
  },
  {
    id: 'crd/max-replicas-minimum',
    pass: actor({ scaling: { maxReplicas: 1 } }),
    fail: actor({ scaling: { maxReplicas: 0 } }),
    path: ['scaling', 'maxReplicas'],
  },
  {
    id: 'crd/queue-length-minimum',
    pass: actor({ scaling: { queueLength: 1 } }),
    fail: actor({ scaling: { queueLength: 0 } }),
    path: ['scaling', 'queueLength'],
  },
  {
    id: 'crd/replicas-minimum',
    pass: actor({ workload: { replicas: 0 } }),
    fail: actor({ workload: { replicas: -2 } }),
    path: ['workload', 'replicas'],
  },
  {
    id: 'crd/advanced-target-string',
    pass: actor({ scaling: { advanced: { target: '10' } } }),
    fail: actor({ scaling: { advanced: { target: 10 } } }),
    path: ['scaling', 'advanced', 'target'],
  },
  {
    id: 'values/dns-label-name',
    pass: actor({ name: 'a-1' }),
    fail: actor({ name: 'Echo_Actor' }),
    path: ['name'],
  },
  {
    id: 'values/dns-label-name',
    pass: actor({ name: 'a'.repeat(63) }),
    fail: actor({ name: 'a'.repeat(64) }),
    path: ['name'],
  },
  {
    id: 'values/dns-label-namespace',
    pass: actor({ namespace: 'team-a' }),
    fail: actor({ namespace: 'team.a' }),
    path: ['namespace'],
  },
  {
    id: 'values/handler-missing',
    pass: actor(),
    fail: actor({}, [runtime({}, [{ name: 'PYTHONPATH', value: '/app' }])]),
    path: [...C, 0, 'env'],
  },
  {
    id: 'values/handler-shape',
    pass: actor({}, [runtime({}, [{ name: 'ASYA_HANDLER', value: 'my_pkg.handler.predict' }])]),
    fail: actor({}, [runtime({}, [{ name: 'ASYA_HANDLER', value: 'my_pkg/handler.py' }])]),
    path: [...C, 0, 'env', 0, 'value'],
  },
  {
    id: 'values/resource-quantity',
    pass: actor({}, [
      runtime({ resources: { limits: { cpu: '1500m', memory: '1Gi', 'nvidia.com/gpu': 1 } } }),
    ]),
    fail: actor({}, [runtime({ resources: { limits: { memory: '1GB' } } })]),
    path: [...C, 0, 'resources', 'limits', 'memory'],
  },
  {
    id: 'values/requests-exceed-limits',
    pass: actor({}, [
      runtime({ resources: { limits: { memory: '1Gi' }, requests: { memory: '1024Mi' } } }),
    ]),
    fail: actor({}, [runtime({ resources: { limits: { cpu: '1' }, requests: { cpu: '1001m' } } })]),
    path: [...C, 0, 'resources', 'requests', 'cpu'],
  },
  {
    id: 'values/secret-in-values',
    pass: actor({ awsAccessKeyId: '' }),
    fail: actor({ awsAccessKeyId: 'AKIA123' }),
    path: ['awsAccessKeyId'],
  },
  {
    id: 'values/secret-in-values',
    pass: actor({}, [
      runtime({}, [
        { name: 'ASYA_HANDLER', value: 'h.f' },
        { name: 'API_TOKEN', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
      ]),
    ]),
    fail: actor({}, [
      runtime({}, [
        { name: 'ASYA_HANDLER', value: 'h.f' },
        { name: 'API_TOKEN', value: 'abc' },
      ]),
    ]),
    path: [...C, 0, 'env', 1, 'value'],
  },
  {
    id: 'values/unknown-key',
    pass: actor({ labels: { team: 'ml' } }),
    fail: actor({ scaling: { minreplicas: 1 } }),
    path: ['scaling', 'minreplicas'],
  },
  {
    id: 'values/unknown-key',
    pass: actor(),
    fail: actor({ sidecar: { image: 'x' } }),
    path: ['sidecar'],
  },
];

describe('rules', () => {
  it('have unique, stable-looking ids', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(operator|crd|values)\/[a-z0-9-]+$/);
  });

  it('every rule has a test case', () => {
    const tested = new Set(cases.map((testCase) => testCase.id));
    expect(rules.map((rule) => rule.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it.each(cases)(
    '$id passes and fails as expected (→ $path)',
    ({ id, pass, fail, path, profile, passProfile }) => {
      const rule = rules.find((candidate) => candidate.id === id);
      expect(rule).toBeDefined();
      if (rule === undefined) return;
      const context = (values: unknown) => ({ values, profile: profile ?? 'asya-test-actor' });
      expect(
        runRule(rule, { values: pass, profile: passProfile ?? profile ?? 'asya-test-actor' }),
      ).toEqual([]);
      const found = runRule(rule, context(fail));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ ruleId: id, severity: rule.severity, stage: 'rules', path });
      expect(found[0]?.message.length).toBeGreaterThan(20);
      expect(found[0]?.fix?.length).toBeGreaterThan(5);
    },
  );
});

describe('validateValues', () => {
  it('turns schema issues into located diagnostics', () => {
    const parsed = parseValuesText('name: echo\nscaling:\n  maxReplicas: "10"\n');
    const diagnostics = validateValues(parsed).filter((d) => d.stage === 'schema');
    expect(diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'schema/invalid-type',
        path: ['scaling', 'maxReplicas'],
        range: { line: 3, col: 16, endLine: 3, endCol: 20 },
      }),
    ]);
  });

  it('lets a rule speak for a path the schema also flags', () => {
    const parsed = parseValuesText('workload:\n  kind: Pod\n');
    const atKind = validateValues(parsed).filter((d) => d.path.join('.') === 'workload.kind');
    expect(atKind.map((d) => d.ruleId)).toEqual(['crd/workload-kind-enum']);
  });

  it('reports a YAML 1.1 boolean in an env value as a type error', () => {
    const parsed = parseValuesText(
      'workload:\n  template:\n    spec:\n      containers:\n      - name: asya-runtime\n        env:\n        - name: ASYA_HANDLER\n          value: a.b\n        - name: DEBUG\n          value: yes\n',
    );
    expect(validateValues(parsed).map((d) => d.ruleId)).toEqual(['schema/invalid-type']);
  });

  it('keeps __proto__ and constructor keys as data while validating', () => {
    const parsed = parseValuesText(
      'labels:\n  __proto__: {polluted: 1}\n__proto__: {polluted: 2}\nconstructor: {prototype: {polluted: 3}}\n',
    );
    const unknown = validateValues(parsed).filter((d) => d.ruleId === 'values/unknown-key');
    expect(unknown.map((d) => d.path)).toEqual([['__proto__'], ['constructor']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('checks a values document that is not a map without throwing', () => {
    for (const text of ['- a\n', 'just text\n', '42\n']) {
      expect(validateValues(parseValuesText(text)).map((d) => d.ruleId)).toContain(
        'schema/invalid-type',
      );
    }
  });
});
