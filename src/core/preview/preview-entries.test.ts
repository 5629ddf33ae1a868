import { describe, expect, it } from 'vitest';
import { readYaml } from '@/core/document/index.ts';
import { operatorPresets, parseOperatorSettings } from '@/core/operator-settings/index.ts';
import { runPipeline } from '@/core/pipeline/index.ts';
import { describeStatus, entryYaml, originOf, previewEntries } from './preview-entries.ts';

const settings = parseOperatorSettings(operatorPresets[0]?.text ?? '').settings;
const actor = (kind: string) =>
  readYaml(`name: cache-actor
namespace: asya
transport: rabbitmq
scaling: { maxReplicas: 3 }
workload:
  kind: ${kind}
  template:
    spec:
      containers:
      - name: asya-runtime
        image: cache:1
        env: [{ name: ASYA_HANDLER, value: handlers.run }]
  volumeClaimTemplates:
  - metadata: { name: data }
    spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
`);

describe('previewEntries', () => {
  it('lists the chart, stored and operator objects in pipeline order with their statuses', () => {
    const entries = previewEntries(
      runPipeline(actor('Deployment'), { profile: 'asya-test-actor', operatorSettings: settings }),
    );
    expect(entries.map((e) => e.label)).toEqual([
      'AsyncActor',
      'AsyncActor (stored)',
      'ConfigMap',
      'Deployment',
      'TriggerAuthentication',
      'ScaledObject',
    ]);
    expect(entries.every((e) => e.status.status === 'created' && entryYaml(e).length > 0)).toBe(
      true,
    );
  });

  it('shows the StatefulSet the operator does not create as a labelled illustration', () => {
    const entries = previewEntries(
      runPipeline(actor('StatefulSet'), { profile: 'asya-test-actor', operatorSettings: settings }),
    );
    const statefulSet = entries.find((e) => e.label === 'StatefulSet');
    expect(statefulSet?.status.status).toBe('not-created');
    expect(statefulSet?.illustration).toBe(true);
    expect(statefulSet && entryYaml(statefulSet)).toContain('volumeClaimTemplates');
    expect(describeStatus(statefulSet!.status)).toMatch(/^Not created: /);
  });

  it('traces a rendered field back to the value that produced it', () => {
    const pipeline = runPipeline(actor('Deployment'), {
      profile: 'asya-test-actor',
      operatorSettings: settings,
    });
    expect(originOf(pipeline, 'chart', 0, ['spec', 'scaling', 'maxReplicas'])).toEqual([
      'scaling',
      'maxReplicas',
    ]);
  });
});
