import { describe, expect, it } from 'vitest';
import { operatorPresets, parseOperatorSettings } from '@/core/operator-settings/index.ts';
import { runPipeline } from '@/core/pipeline/index.ts';
import { validateKubernetesObjects } from './validate-kubernetes-objects.ts';

const settings = parseOperatorSettings(operatorPresets[0]?.text ?? '').settings;

function objects(container: Record<string, unknown>): Record<string, unknown>[] {
  const values = {
    name: 'demo',
    workload: {
      template: { spec: { containers: [{ name: 'asya-runtime', image: 'img', ...container }] } },
    },
  };
  return runPipeline(values, { profile: 'asya-test-actor', operatorSettings: settings }).operator
    .objects;
}

describe('validateKubernetesObjects', () => {
  it('accepts what the operator builds from valid values', () => {
    expect(validateKubernetesObjects(objects({}))).toEqual([]);
  });

  it('reports a wrong field type at the value it comes from', () => {
    // The operator's Go types never produce this (they cannot decode the actor at all); a
    // Deployment edited by hand can.
    const [deployment] = objects({}).filter((o) => o.kind === 'Deployment');
    const template = (deployment?.spec as { template: { spec: { containers: object[] } } })
      .template;
    template.spec.containers[0] = {
      name: 'asya-runtime',
      image: 'img',
      ports: [{ containerPort: '80' }],
    };
    const problems = validateKubernetesObjects(deployment ? [deployment] : []);
    expect(problems).toEqual([
      expect.objectContaining({
        ruleId: 'kubernetes-schema/invalid-object',
        stage: 'kubernetes-schema',
        path: ['workload', 'template', 'spec', 'containers', 0, 'ports', 0, 'containerPort'],
      }),
    ]);
  });

  it('checks KEDA objects too', () => {
    const scaledObject = {
      apiVersion: 'keda.sh/v1alpha1',
      kind: 'ScaledObject',
      metadata: { name: 'x' },
      spec: {
        scaleTargetRef: { name: 'x' },
        triggers: [{ type: 'rabbitmq', metadata: { value: 5 } }],
      },
    };
    expect(validateKubernetesObjects([scaledObject])[0]?.path).toEqual(['scaling']);
  });
});
