import { describe, expect, it } from 'vitest';
import { storeAsyncActor } from './store-async-actor.ts';

const opts = { releaseName: 'demo', releaseNamespace: 'default' };
const template = {
  spec: {
    containers: [{ name: 'asya-runtime', image: 'x', resources: { limits: { cpu: '2000m' } } }],
  },
};

function actor(
  spec: Record<string, unknown>,
  metadata: Record<string, unknown> = { name: 'demo', namespace: 'team' },
): Record<string, unknown> {
  return { apiVersion: 'asya.sh/v1alpha1', kind: 'AsyncActor', metadata, spec };
}

describe('storeAsyncActor', () => {
  it('drops nulls, applies defaults, materialises sidecar/timeout/scaling and canonicalises quantities', () => {
    const result = storeAsyncActor(
      actor({
        transport: 'rabbitmq',
        scaling: { enabled: true, pollingInterval: null },
        workload: { template },
      }),
      opts,
    );
    expect(result.stored?.spec).toEqual({
      transport: 'rabbitmq',
      sidecar: { imagePullPolicy: 'IfNotPresent' },
      timeout: { processing: 300, gracefulShutdown: 30 },
      scaling: {
        enabled: true,
        minReplicas: 0,
        maxReplicas: 50,
        pollingInterval: 10,
        cooldownPeriod: 60,
        queueLength: 5,
      },
      workload: {
        kind: 'Deployment',
        replicas: 1,
        pythonExecutable: 'python3',
        template: {
          spec: {
            containers: [{ name: 'asya-runtime', image: 'x', resources: { limits: { cpu: '2' } } }],
          },
        },
      },
    });
    expect(result.stored?.metadata).toMatchObject({
      finalizers: ['asya.sh/finalizer'],
      annotations: { 'meta.helm.sh/release-name': 'demo' },
    });
  });

  it('prunes unknown fields and reports each one', () => {
    const result = storeAsyncActor(
      actor({ transport: 'sqs', workload: { template, volumeClaimTemplates: [] }, extra: 1 }),
      opts,
    );
    expect(result.pruned).toEqual([
      ['spec', 'workload', 'volumeClaimTemplates'],
      ['spec', 'extra'],
    ]);
    expect(result.stored).toBeDefined();
  });

  it("loses zero omitempty values in the operator's finalizer write and defaults them again", () => {
    const result = storeAsyncActor(
      actor({
        transport: 'sqs',
        sidecar: { image: '' },
        timeout: { processing: 0, gracefulShutdown: 0 },
        scaling: {
          enabled: true,
          minReplicas: 0,
          maxReplicas: 3,
          pollingInterval: 0,
          cooldownPeriod: 0,
          queueLength: 2,
          advanced: { formula: '', restoreToOriginalReplicaCount: false },
        },
        workload: { replicas: 0, pythonExecutable: '', template },
      }),
      opts,
    );
    expect(result.stored?.spec).toMatchObject({
      sidecar: { imagePullPolicy: 'IfNotPresent' },
      timeout: { processing: 300, gracefulShutdown: 30 },
      // minReplicas and replicas are pointers in Go: an explicit 0 survives.
      scaling: {
        minReplicas: 0,
        pollingInterval: 10,
        cooldownPeriod: 60,
        queueLength: 2,
        advanced: {},
      },
      workload: { kind: 'Deployment', replicas: 0, pythonExecutable: 'python3' },
    });
    expect(result.stored?.spec).not.toHaveProperty('sidecar.image');
  });

  it('drops enabled: false in that write; the CRD default false returns', () => {
    const result = storeAsyncActor(
      actor({ transport: 'sqs', scaling: { enabled: false }, workload: { template } }),
      opts,
    );
    expect(result.stored?.spec).toMatchObject({ scaling: { enabled: false, cooldownPeriod: 60 } });
  });

  it('rejects with the API server wording', () => {
    const result = storeAsyncActor(
      actor({
        transport: 'rabbitmq',
        scaling: { queueLength: 0, advanced: { target: 10 } },
        workload: { kind: 'Pod', template },
      }),
      opts,
    );
    expect(result.stored).toBeUndefined();
    expect(result.rejection).toContain('AsyncActor.asya.sh "demo" is invalid');
    expect(result.violations.map((v) => v.path.join('.'))).toEqual([
      'spec.scaling.queueLength',
      'spec.scaling.advanced.target',
      'spec.workload.kind',
    ]);
    expect(result.rejection).toContain(
      'spec.scaling.queueLength in body should be greater than or equal to 1',
    );
  });

  it('requires transport, workload and template, and a valid name', () => {
    const result = storeAsyncActor(
      actor({ transport: null, workload: {} }, { name: 'Bad_Name' }),
      opts,
    );
    expect(result.violations.map((v) => v.path.join('.'))).toEqual([
      'metadata.name',
      'spec.workload.template',
      'spec.transport',
    ]);
    expect(
      storeAsyncActor(actor({ transport: 'x', workload: { template } }, { name: null }), opts)
        .rejection,
    ).toContain('name or generateName is required');
  });
});
