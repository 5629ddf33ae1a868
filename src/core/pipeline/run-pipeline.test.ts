import { readYamlDocuments } from '@/core/document/index.ts';
import { describe, expect, it } from 'vitest';
import { operatorPresets, parseOperatorSettings } from '@/core/operator-settings/index.ts';
import { manifestsToYaml, runPipeline, type PipelineResult } from './index.ts';

const settings = parseOperatorSettings(operatorPresets[0]?.text ?? '').settings;
const runtime = {
  name: 'asya-runtime',
  image: 'img:1',
  env: [{ name: 'ASYA_HANDLER', value: 'h.f' }],
};
const base = {
  name: 'demo',
  namespace: 'team',
  transport: 'rabbitmq',
  workload: { template: { spec: { containers: [runtime] } } },
};

function run(
  values: unknown,
  profile: 'asya-test-actor' | 'asya-actor' = 'asya-test-actor',
): PipelineResult {
  return runPipeline(values, { profile, operatorSettings: settings });
}
const ruleIds = (result: PipelineResult): string[] => result.diagnostics.map((d) => d.ruleId);

describe('runPipeline', () => {
  it('runs every stage for a valid actor without problems', () => {
    const result = run(base);
    expect(result.chart.statuses).toEqual([
      { kind: 'AsyncActor', name: 'demo', status: 'created' },
    ]);
    expect(result.stored.statuses[0]?.status).toBe('created');
    expect(result.operator.statuses.map((s) => `${s.kind}:${s.status}`)).toEqual([
      'ConfigMap:created',
      'Deployment:created',
      'TriggerAuthentication:created',
      'ScaledObject:created',
    ]);
    expect(result.keda).toMatchObject({
      status: 'accepted',
      hpa: { name: 'keda-hpa-demo', minReplicas: 1, maxReplicas: 10 },
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.releaseName).toBe('demo');
  });

  it("warns where a zero does not survive the operator's first write, at the value's path", () => {
    const result = run({
      ...base,
      scaling: { enabled: true, minReplicas: 0, cooldownPeriod: 0 },
    });
    const zeros = result.diagnostics.filter((d) => d.ruleId === 'operator/zero-value-dropped');
    expect(zeros.map((d) => d.path.join('.'))).toEqual(['scaling.cooldownPeriod']);
    expect(zeros[0]?.message).toContain('CRD default 60');
    const scaledObject = result.operator.objects.find((o) => o.kind === 'ScaledObject');
    expect(scaledObject?.spec).toMatchObject({ cooldownPeriod: 60, minReplicaCount: 0 });
  });

  it('stops after the chart on a render error', () => {
    const result = run({ ...base, transport: '' });
    expect(result.chart.error).toContain('transport is required');
    expect(result.stored.objects).toEqual([]);
    expect(result.operator.result).toBe('not-run');
    expect(ruleIds(result)).toEqual(['chart/required-value']);
  });

  it('warns about pruned volumeClaimTemplates and reports the StatefulSet refusal with a note', () => {
    const result = run({
      ...base,
      workload: {
        ...base.workload,
        kind: 'StatefulSet',
        volumeClaimTemplates: [{ metadata: { name: 'c' } }],
      },
    });
    expect(
      result.diagnostics.find((d) => d.ruleId === 'api-server/unknown-field-pruned'),
    ).toMatchObject({ severity: 'warning', path: ['workload', 'volumeClaimTemplates'] });
    expect(result.stored.warnings).toEqual([
      'unknown field "spec.workload.volumeClaimTemplates" (dropped by the API server)',
    ]);
    expect(result.operator.statuses).toEqual([
      { kind: 'ConfigMap', name: 'asya-runtime', status: 'created' },
      {
        kind: 'StatefulSet',
        name: 'demo',
        status: 'not-created',
        reason: 'StatefulSet support not yet implemented',
      },
      {
        kind: 'TriggerAuthentication',
        name: 'demo-trigger-auth',
        status: 'not-created',
        reason: 'an earlier step stopped the reconcile: StatefulSet support not yet implemented',
      },
      {
        kind: 'ScaledObject',
        name: 'demo',
        status: 'not-created',
        reason: 'an earlier step stopped the reconcile: StatefulSet support not yet implemented',
      },
    ]);
    expect(result.notes.some((n) => n.object === 'StatefulSet/demo')).toBe(true);
    expect(result.operator.objects.some((o) => o.kind === 'StatefulSet')).toBe(false);
    const [illustration] = result.operator.illustrations;
    expect(illustration).toMatchObject({
      kind: 'StatefulSet',
      spec: { serviceName: 'demo', volumeClaimTemplates: [{ metadata: { name: 'c' } }] },
    });
    expect(JSON.stringify(illustration?.metadata)).toContain('not created by the current operator');
  });

  it('reports a CRD rejection at the value that causes it', () => {
    const result = run({ ...base, scaling: { queueLength: 0 } });
    expect(result.stored.statuses[0]).toMatchObject({ status: 'rejected' });
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        ruleId: 'api-server/crd-validation',
        severity: 'error',
        path: ['scaling', 'queueLength'],
      }),
    );
    expect(result.operator.result).toBe('not-run');
  });

  it('rejects a formula that names the trigger, with a fix, and marks the ScaledObject rejected', () => {
    const result = run({
      ...base,
      scaling: { advanced: { formula: 'ceil(queueLength / 10)', target: '10' } },
    });
    const problem = result.diagnostics.find((d) => d.ruleId === 'keda/refuses-formula');
    expect(problem).toMatchObject({
      severity: 'error',
      stage: 'keda',
      path: ['scaling', 'advanced', 'formula'],
    });
    expect(problem?.fix).toBeTruthy();
    expect(problem?.message).toContain('unknown name queueLength');
    expect(problem?.message).toContain('without a name');
    expect(ruleIds(result)).toContain('scaling/formula-double-division');
    expect(result.keda.status).toBe('rejected');
    expect(result.operator.statuses.find((s) => s.kind === 'ScaledObject')?.status).toBe(
      'rejected',
    );
  });

  it('accepts a constant formula and flags min above max', () => {
    expect(run({ ...base, scaling: { advanced: { formula: '3', target: '1' } } }).keda.status).toBe(
      'accepted',
    );
    expect(ruleIds(run({ ...base, scaling: { minReplicas: 20 } }))).toContain(
      'keda/refuses-replicaCounts',
    );
  });

  it('says when the operator stage cannot run for lack of settings', () => {
    const result = runPipeline(base, { profile: 'asya-test-actor' });
    expect(result.operator.result).toBe('not-run');
    expect(ruleIds(result)).toEqual(['pipeline/operator-settings-invalid']);
  });

  it('traces rendered fields back to values', () => {
    const result = run({ ...base, scaling: { maxReplicas: 7 } });
    const scaledObject = result.operator.objects.findIndex((o) => o.kind === 'ScaledObject');
    expect(result.origins).toContainEqual({
      stage: 'operator',
      objectIndex: scaledObject,
      objectPath: ['spec', 'maxReplicaCount'],
      valuesPath: ['scaling', 'maxReplicas'],
    });
    expect(result.origins).toContainEqual({
      stage: 'operator',
      objectIndex: 1,
      objectPath: ['spec', 'template', 'spec', 'containers', 0, 'image'],
      valuesPath: ['workload', 'template', 'spec', 'containers', 0, 'image'],
    });
    expect(result.origins).toContainEqual({
      stage: 'chart',
      objectIndex: 0,
      objectPath: ['metadata', 'name'],
      valuesPath: ['name'],
    });
  });

  it('answers hostile values with problems, not with a crash', () => {
    for (const values of [7, 'text', []]) {
      for (const profile of ['asya-test-actor', 'asya-actor'] as const)
        expect(ruleIds(run(values, profile))).toEqual(['chart/values-not-a-map']);
    }
    for (const values of [
      null,
      { workload: 'x' },
      { scaling: [1] },
      { name: { a: 1 } },
      { workload: { template: { spec: { containers: 'no' } } } },
    ]) {
      for (const profile of ['asya-test-actor', 'asya-actor'] as const) {
        // The chart stage turns an exception into chart/unreadable-values: that is a crash here.
        expect(ruleIds(run(values, profile))).not.toContain('chart/unreadable-values');
      }
    }
  });
});

describe('manifestsToYaml', () => {
  it('prints one document per object, round-tripping', () => {
    const objects = run(base).operator.objects;
    const text = manifestsToYaml(objects);
    expect(text.startsWith('---\n')).toBe(true);
    expect(readYamlDocuments(text)).toEqual(objects);
  });

  it('prints nothing for no objects', () => {
    expect(manifestsToYaml([])).toBe('');
  });
});
