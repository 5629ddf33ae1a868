import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartDefaults, effectiveDefault, renderChart } from './index.ts';

const container = { name: 'asya-runtime', image: 'python:3.13-slim' };
const base = {
  name: 'demo',
  namespace: 'team',
  transport: 'rabbitmq',
  workload: { template: { spec: { containers: [container] } } },
};

function spec(values: unknown, profile: 'asya-test-actor' | 'asya-actor'): Record<string, unknown> {
  return renderChart(values, { profile }).asyncActor?.spec as Record<string, unknown>;
}

describe('renderChart, profile asya-test-actor', () => {
  it('renders every README default from empty values', () => {
    const actor = renderChart({}, { profile: 'asya-test-actor' }).asyncActor;
    expect(actor?.metadata).toMatchObject({ name: 'my-actor', namespace: 'my-namespace' });
    expect(actor?.spec).toEqual({
      transport: 'rabbitmq',
      scaling: {
        enabled: true,
        minReplicas: 0,
        maxReplicas: 10,
        pollingInterval: 10,
        cooldownPeriod: 60,
        queueLength: 5,
      },
      workload: {
        kind: 'Deployment',
        pythonExecutable: 'python3',
        replicas: 1,
        template: { spec: { containers: [] } },
      },
    });
  });

  it('deep-merges a partial scaling block with the defaults', () => {
    expect(
      spec({ ...base, scaling: { maxReplicas: 25 } }, 'asya-test-actor').scaling,
    ).toMatchObject({ enabled: true, minReplicas: 0, maxReplicas: 25, cooldownPeriod: 60 });
  });

  it('turns scaling off with null, with enabled false and with a non-map block', () => {
    for (const scaling of [null, { enabled: false, maxReplicas: 3 }, 'off']) {
      expect(spec({ ...base, scaling }, 'asya-test-actor').scaling).toEqual({ enabled: false });
    }
  });

  it('writes only the truthy advanced fields, as strings', () => {
    const scaling = {
      advanced: {
        formula: 'ceil(queueLength / 10)',
        target: 20,
        metricType: '',
        restoreToOriginalReplicaCount: false,
        triggers: [],
      },
    };
    expect(
      (spec({ ...base, scaling }, 'asya-test-actor').scaling as Record<string, unknown>).advanced,
    ).toEqual({ formula: 'ceil(queueLength / 10)', target: '20' });
  });

  it('fails with "<key> is required" in the order name, namespace, transport', () => {
    const result = renderChart({ name: '', namespace: null }, { profile: 'asya-test-actor' });
    expect(result.asyncActor).toBeUndefined();
    expect(result.error).toContain('name is required');
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('chart/required-value');
    expect(renderChart({ namespace: null }, { profile: 'asya-test-actor' }).error).toContain(
      'namespace is required',
    );
  });

  it('adds user labels after the standard ones, stringified, standard keys winning', () => {
    const labels = renderChart(
      {
        ...base,
        labels: { team: 4711, 'app.kubernetes.io/instance': 'x', skip: null },
        annotations: { a: true },
      },
      { profile: 'asya-test-actor', releaseName: 'rel' },
    ).asyncActor?.metadata as Record<string, Record<string, string>>;
    expect(labels.labels).toMatchObject({
      'app.kubernetes.io/name': 'asya-test-actor',
      'app.kubernetes.io/instance': 'rel',
      team: '4711',
    });
    expect(labels.labels).not.toHaveProperty('skip');
    expect(labels.annotations).toEqual({ a: 'true' });
  });

  it('warns about keys the chart ignores', () => {
    const ids = renderChart(
      { ...base, timeout: { processing: 10 } },
      { profile: 'asya-test-actor' },
    ).diagnostics;
    expect(ids).toEqual([
      expect.objectContaining({ ruleId: 'chart/ignored-value', path: ['timeout'] }),
    ]);
    expect(renderChart(base, { profile: 'asya-test-actor' }).diagnostics).toEqual([]);
  });
});

describe('renderChart, profile asya-actor', () => {
  it('uses default.scaling (min 1) when there is no scaling block', () => {
    expect(spec(base, 'asya-actor').scaling).toEqual({
      enabled: true,
      minReplicas: 1,
      maxReplicas: 10,
      pollingInterval: 10,
      cooldownPeriod: 60,
      queueLength: 5,
    });
  });

  it('replaces the default block with a partial one: missing numbers print empty', () => {
    expect(
      spec({ ...base, scaling: { enabled: true, maxReplicas: 3 } }, 'asya-actor').scaling,
    ).toEqual({
      enabled: true,
      minReplicas: null,
      maxReplicas: 3,
      pollingInterval: null,
      cooldownPeriod: null,
      queueLength: null,
    });
  });

  it('turns autoscaling off for a block without enabled, with a warning', () => {
    const result = renderChart({ ...base, scaling: { maxReplicas: 3 } }, { profile: 'asya-actor' });
    expect((result.asyncActor?.spec as Record<string, unknown>).scaling).toEqual({ enabled: null });
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('chart/scaling-without-enabled');
  });

  it('keeps advanced types (a numeric target stays a number) and renders timeout', () => {
    const s = spec(
      {
        ...base,
        scaling: { enabled: true, advanced: { target: 10 } },
        timeout: { processing: 60 },
      },
      'asya-actor',
    );
    expect((s.scaling as Record<string, unknown>).advanced).toEqual({ target: 10 });
    expect(s.timeout).toEqual({ processing: 60 });
  });

  it('renders an empty name as null and uses the chart defaults for the rest', () => {
    const actor = renderChart({}, { profile: 'asya-actor' }).asyncActor;
    expect(actor?.metadata).toMatchObject({ name: null, namespace: 'default' });
    expect((actor?.spec as Record<string, unknown>).transport).toBeNull();
  });

  it('flags an actors list; a million prints as 1e+06 but reaches the API server as 1000000', () => {
    const result = renderChart(
      { ...base, actors: [{ name: 'x' }], scaling: { enabled: true, maxReplicas: 1000000 } },
      { profile: 'asya-actor' },
    );
    const ids = result.diagnostics.map((d) => d.ruleId);
    expect(ids).toContain('chart/multi-actor-mode');
    expect(ids.filter((id) => id.includes('exponent'))).toEqual([]);
    const scaling = (result.asyncActor?.spec as { scaling: Record<string, unknown> }).scaling;
    expect(scaling.maxReplicas).toBe(1000000);
  });
});

describe('renderChart robustness and defaults', () => {
  it('refuses non-map values with a diagnostic', () => {
    const result = renderChart([1, 2], { profile: 'asya-test-actor' });
    expect(result.error).toBe('values must be a map');
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['chart/values-not-a-map']);
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom('asya-test-actor' as const, 'asya-actor' as const),
        (values, profile) => {
          const result = renderChart(values, { profile });
          expect(result.asyncActor !== undefined || result.error !== undefined).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the effective default per profile', () => {
    expect(effectiveDefault('asya-test-actor', ['scaling', 'minReplicas'])).toBe(0);
    expect(effectiveDefault('asya-actor', ['scaling', 'minReplicas'])).toBe(1);
    expect(effectiveDefault('asya-actor', ['workload', 'replicas'])).toBe(1);
    expect(effectiveDefault('asya-test-actor', ['timeout', 'processing'])).toBe(300);
    expect(effectiveDefault('asya-test-actor', ['nope'])).toBeUndefined();
    expect(chartDefaults('asya-test-actor')).not.toBe(chartDefaults('asya-test-actor'));
  });
});
