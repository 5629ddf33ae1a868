import { describe, expect, it } from 'vitest';
import { storeAsyncActor } from '@/core/apiserver/index.ts';
import {
  operatorPresets,
  parseOperatorSettings,
  type OperatorSettings,
} from '@/core/operator-settings/index.ts';
import { reconcile } from './reconcile.ts';

function preset(id: string): OperatorSettings {
  const settings = parseOperatorSettings(
    operatorPresets.find((p) => p.id === id)?.text ?? '',
  ).settings;
  if (!settings) throw new Error(`preset ${id} does not parse`);
  return settings;
}

const runtime = {
  name: 'asya-runtime',
  image: 'img:1',
  env: [{ name: 'ASYA_HANDLER', value: 'h.f' }],
};

function stored(spec: Record<string, unknown> = {}, name = 'demo'): Record<string, unknown> {
  const workload = { template: { spec: { containers: [runtime] } }, ...(spec.workload as object) };
  const rendered = {
    apiVersion: 'asya.sh/v1alpha1',
    kind: 'AsyncActor',
    metadata: { name, namespace: 'team' },
    spec: { transport: 'rabbitmq', scaling: { enabled: true }, ...spec, workload },
  };
  const result = storeAsyncActor(rendered, { releaseName: name, releaseNamespace: 'default' });
  if (!result.stored) throw new Error(result.rejection);
  return result.stored;
}

const kinds = (objects: Record<string, unknown>[]): string[] =>
  objects.map((o) => `${String(o.kind)}/${String((o.metadata as { name: string }).name)}`);
const envNames = (container: unknown): string[] =>
  ((container as { env: { name: string }[] }).env ?? []).map((e) => e.name);

describe('reconcile', () => {
  it('creates ConfigMap, Deployment, TriggerAuthentication and ScaledObject in order', () => {
    const out = reconcile(stored(), preset('rabbitmq-password-secret'));
    expect(out.result).toBe('success');
    expect(kinds(out.objects)).toEqual([
      'ConfigMap/asya-runtime',
      'Deployment/demo',
      'TriggerAuthentication/demo-trigger-auth',
      'ScaledObject/demo',
    ]);
    expect(out.brokerSideEffects.map((e) => e.queue)).toEqual(['asya-demo-dlq', 'asya-demo']);
  });

  it('injects the sidecar last with env in the operator order', () => {
    const out = reconcile(
      stored({ sidecar: { env: [{ name: 'EXTRA', value: '1' }] } }),
      preset('rabbitmq-password-secret'),
    );
    const containers = (out.objects[1]?.spec as { template: { spec: { containers: unknown[] } } })
      .template.spec.containers;
    expect(containers.map((c) => (c as { name: string }).name)).toEqual([
      'asya-runtime',
      'asya-sidecar',
    ]);
    expect(envNames(containers[1])).toEqual([
      'ASYA_LOG_LEVEL',
      'ASYA_GATEWAY_URL',
      'ASYA_ACTOR_NAME',
      'ASYA_ACTOR_HAPPY_END',
      'ASYA_ACTOR_ERROR_END',
      'ASYA_RUNTIME_TIMEOUT',
      'ASYA_TRANSPORT',
      'ASYA_RABBITMQ_HOST',
      'ASYA_RABBITMQ_PORT',
      'ASYA_RABBITMQ_USERNAME',
      'ASYA_RABBITMQ_PASSWORD',
      'ASYA_QUEUE_AUTO_CREATE',
      'ASYA_SOCKET_DIR',
      'EXTRA',
    ]);
    expect(envNames(containers[0])).toEqual(['ASYA_HANDLER', 'ASYA_SOCKET_DIR']);
    expect((containers[0] as { command: string[] }).command).toEqual([
      'python3',
      '/opt/asya/asya_runtime.py',
    ]);
  });

  it('marks end actors on both containers', () => {
    const out = reconcile(stored({}, 'happy-end'), preset('rabbitmq-password-secret'));
    const containers = (out.objects[1]?.spec as { template: { spec: { containers: unknown[] } } })
      .template.spec.containers;
    expect(envNames(containers[0])).toContain('ASYA_ENABLE_VALIDATION');
    expect(envNames(containers[1])).toContain('ASYA_IS_END_ACTOR');
  });

  it('sets replicas only with autoscaling off, and then creates no KEDA objects', () => {
    const out = reconcile(
      stored({ scaling: { enabled: false }, workload: { replicas: 3 } }),
      preset('rabbitmq-password-secret'),
    );
    expect(kinds(out.objects)).toEqual(['ConfigMap/asya-runtime', 'Deployment/demo']);
    expect((out.objects[1]?.spec as { replicas: number }).replicas).toBe(3);
  });

  it('stops at a StatefulSet after the queue and ConfigMap', () => {
    const out = reconcile(
      stored({ workload: { kind: 'StatefulSet' } }),
      preset('rabbitmq-password-secret'),
    );
    expect(out).toMatchObject({
      result: 'error',
      error: 'StatefulSet support not yet implemented',
    });
    expect(kinds(out.objects)).toEqual(['ConfigMap/asya-runtime']);
    expect(out.brokerSideEffects).toHaveLength(2);
    expect(out.diagnostics.map((d) => d.ruleId)).toEqual(['operator/statefulset-not-implemented']);
  });

  it('refuses a command override and a missing runtime container before creating anything', () => {
    const command = reconcile(
      stored({
        workload: { template: { spec: { containers: [{ ...runtime, command: ['python'] }] } } },
      }),
      preset('rabbitmq-password-secret'),
    );
    expect(command.objects).toEqual([]);
    expect(command.diagnostics[0]?.path).toEqual([
      'workload',
      'template',
      'spec',
      'containers',
      0,
      'command',
    ]);
    const none = reconcile(
      stored({ workload: { template: { spec: { containers: [{ name: 'x', image: 'y' }] } } } }),
      preset('rabbitmq-password-secret'),
    );
    expect(none.error).toBe(
      "workload must contain exactly one container named 'asya-runtime', but found 0",
    );
    const empty = reconcile(
      stored({ workload: { template: { spec: { containers: [{ ...runtime, command: [] }] } } } }),
      preset('rabbitmq-password-secret'),
    );
    expect(empty.result).toBe('success');
  });

  it('reports a transport that is missing, disabled, or not named like its type', () => {
    expect(
      reconcile(stored({ transport: 'kafka' }), preset('rabbitmq-password-secret')).error,
    ).toBe("transport 'kafka' not found in operator configuration");
    expect(reconcile(stored({ transport: 'sqs' }), preset('rabbitmq-password-secret')).error).toBe(
      "transport 'sqs' is disabled in operator configuration",
    );
    const renamed =
      parseOperatorSettings(
        'transports:\n  rabbitmq-prod:\n    enabled: true\n    type: rabbitmq\n',
      ).settings ?? {};
    expect(reconcile(stored({ transport: 'rabbitmq-prod' }), renamed).error).toBe(
      'unsupported transport type: rabbitmq-prod',
    );
  });

  it('creates the IRSA ServiceAccount and refuses a user serviceAccountName with it', () => {
    const out = reconcile(stored({ transport: 'sqs' }), preset('sqs-aws-irsa'));
    expect(kinds(out.objects)).toEqual([
      'ServiceAccount/asya-demo',
      'ConfigMap/asya-runtime',
      'Deployment/demo',
      'ScaledObject/demo',
    ]);
    const trigger = (out.objects[3]?.spec as { triggers: { metadata: Record<string, string> }[] })
      .triggers[0];
    expect(trigger?.metadata).toMatchObject({
      identityOwner: 'pod',
      queueURL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/asya-demo',
    });
    const conflict = reconcile(
      stored({
        transport: 'sqs',
        workload: { template: { spec: { serviceAccountName: 'mine', containers: [runtime] } } },
      }),
      preset('sqs-aws-irsa'),
    );
    expect(conflict.error).toContain('cannot use custom serviceAccountName "mine"');
  });

  it('uses the operator fallbacks 10 / 300 for zeros a later upgrade patches over the live actor', () => {
    const live = stored();
    // A helm upgrade's merge patch writes 0 over the live values; the finalizer is already there,
    // so no Go round trip restores the CRD defaults (asya-operator.md §2.3).
    Object.assign((live.spec as { scaling: object }).scaling, {
      pollingInterval: 0,
      cooldownPeriod: 0,
    });
    const out = reconcile(live, preset('rabbitmq-password-secret'));
    expect(out.objects[3]?.spec).toMatchObject({
      pollingInterval: 10,
      cooldownPeriod: 300,
      minReplicaCount: 0,
      maxReplicaCount: 50,
    });
  });

  it('builds an inline-user trigger without TriggerAuthentication and skips queues when management is off', () => {
    const out = reconcile(stored(), preset('rabbitmq-inline-user'));
    expect(kinds(out.objects)).toEqual([
      'ConfigMap/asya-runtime',
      'Deployment/demo',
      'ScaledObject/demo',
    ]);
    const trigger = (out.objects[2]?.spec as { triggers: { metadata: Record<string, string> }[] })
      .triggers[0];
    expect(trigger?.metadata.host).toBe('amqp://asya@rabbitmq.default.svc.cluster.local:5672');
    expect(out.brokerSideEffects).toEqual([]);
  });

  it('fails the trigger build when the transport config lacks host/port/username', () => {
    const bare =
      parseOperatorSettings('transports:\n  rabbitmq:\n    enabled: true\n    type: rabbitmq\n')
        .settings ?? {};
    const out = reconcile(stored(), bare);
    expect(out.error).toBe(
      'failed to build KEDA triggers: RabbitMQ host is required in operator transport config',
    );
    expect(kinds(out.objects)).toEqual(['ConfigMap/asya-runtime', 'Deployment/demo']);
  });

  it('marks a Deployment the API server would refuse (reserved volume, selector label)', () => {
    const spec = { volumes: [{ name: 'tmp', emptyDir: {} }], containers: [runtime] };
    const out = reconcile(
      stored({ workload: { template: { metadata: { labels: { app: 'other' } }, spec } } }),
      preset('rabbitmq-password-secret'),
    );
    expect(out.statuses.find((s) => s.kind === 'Deployment')?.status).toBe('rejected');
    expect(out.diagnostics.map((d) => d.path.join('.'))).toEqual([
      'workload.template.metadata.labels.app',
      'workload.template.spec.volumes.0.name',
    ]);
    expect(out.conditions.find((c) => c.type === 'WorkloadReady')).toMatchObject({
      status: 'False',
      reason: 'ReconcileError',
      message: expect.stringContaining(
        'spec.template.spec.volumes[2].name: Duplicate value: "tmp"',
      ) as unknown,
    });
    expect(out.objects.map((o) => o.kind)).toEqual(['ConfigMap', 'Deployment']);
    expect(out.statuses.filter((s) => s.status === 'not-created').map((s) => s.kind)).toEqual([
      'TriggerAuthentication',
      'ScaledObject',
    ]);
  });

  it('marks a Deployment whose container has no image as refused', () => {
    const out = reconcile(
      stored({ workload: { template: { spec: { containers: [{ name: 'asya-runtime' }] } } } }),
      preset('rabbitmq-password-secret'),
    );
    expect(out.statuses.find((s) => s.kind === 'Deployment')).toMatchObject({
      status: 'rejected',
      reason: expect.stringContaining('image: Required value') as unknown,
    });
  });

  it('stops at the queue when SQS refuses the name asya-<actor>, before creating anything', () => {
    const out = reconcile(stored({ transport: 'sqs' }, 'orders.v2'), preset('sqs-localstack'));
    expect(out.result).toBe('error');
    expect(out.error).toContain(
      'failed to create SQS queue asya-orders.v2: operation error SQS: CreateQueue',
    );
    expect(out.objects).toEqual([]);
    expect(out.conditions).toEqual([]);
    expect(out.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([
      ['operator/sqs-queue-name-invalid', ['name']],
    ]);
    expect(out.brokerSideEffects.map((e) => e.action)).toContain('CreateQueue refused by SQS');
  });

  it('creates a queue named within SQS rules (letters, digits, -, _; 80 at most)', () => {
    const ok = reconcile(stored({ transport: 'sqs' }, 'orders-v2'), preset('sqs-localstack'));
    expect(ok.diagnostics.filter((d) => d.ruleId === 'operator/sqs-queue-name-invalid')).toEqual(
      [],
    );
    const long = reconcile(stored({ transport: 'sqs' }, 'a'.repeat(76)), preset('sqs-localstack'));
    expect(long.error).toContain('InvalidParameterValue');
  });

  it('leaves RabbitMQ queue names with dots alone', () => {
    const out = reconcile(stored({}, 'orders.v2'), preset('rabbitmq-password-secret'));
    expect(out.objects.map((o) => o.kind)).toContain('Deployment');
  });
});
