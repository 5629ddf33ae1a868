import { describe, expect, it } from 'vitest';
import { readYaml } from '@/core/document/index.ts';
import { importAsyncActor } from './import-async-actor.ts';

const manifest = `apiVersion: asya.sh/v1alpha1
kind: AsyncActor
metadata:
  name: text-processor
  namespace: asya-e2e
  labels: { team: nlp }
spec:
  transport: sqs
  sidecar:
    image: asya-sidecar:dev
  scaling:
    enabled: true
    maxReplicas: 4
  workload:
    kind: Deployment
    template:
      spec:
        containers:
        - name: asya-runtime
          image: text:1
`;

describe('importAsyncActor', () => {
  it('maps the manifest back to values and names what the chart cannot express', () => {
    const result = importAsyncActor(manifest, 'asya-test-actor');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(readYaml(result.valuesText)).toEqual({
      name: 'text-processor',
      namespace: 'asya-e2e',
      transport: 'sqs',
      scaling: { enabled: true, maxReplicas: 4 },
      workload: {
        kind: 'Deployment',
        template: { spec: { containers: [{ name: 'asya-runtime', image: 'text:1' }] } },
      },
      labels: { team: 'nlp' },
    });
    expect(result.unsupported).toEqual([expect.stringContaining('spec.sidecar') as string]);
  });

  it('says that the shipped chart cannot keep labels', () => {
    const result = importAsyncActor(manifest, 'asya-actor');
    expect(result.ok && result.unsupported.some((u) => u.startsWith('metadata.labels'))).toBe(true);
  });

  it('refuses text without an AsyncActor, and broken YAML, with a message', () => {
    expect(importAsyncActor('kind: Deployment\n', 'asya-actor')).toMatchObject({
      ok: false,
      message: expect.stringContaining('kind: AsyncActor') as string,
    });
    expect(importAsyncActor('a: [1\n', 'asya-actor')).toMatchObject({ ok: false });
    expect(importAsyncActor('', 'asya-actor')).toMatchObject({ ok: false });
  });
});
