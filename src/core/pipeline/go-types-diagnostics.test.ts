import { describe, expect, it } from 'vitest';
import { operatorPresets, parseOperatorSettings } from '@/core/operator-settings/index.ts';
import { runPipeline } from './run-pipeline.ts';

const operatorSettings = parseOperatorSettings(operatorPresets[0]?.text ?? '').settings;

function run(spec: Record<string, unknown>) {
  const containers = [{ name: 'asya-runtime', image: 'img' }];
  return runPipeline(
    {
      name: 'demo',
      transport: 'rabbitmq',
      workload: { template: { spec: { containers, ...spec } } },
    },
    { profile: 'asya-test-actor', operatorSettings },
  );
}
const deploymentSpec = (result: ReturnType<typeof run>) =>
  (
    result.operator.objects.find((o) => o.kind === 'Deployment')?.spec as {
      template: { spec: object };
    }
  ).template.spec;

describe("the operator's first write through its Go types, in the pipeline", () => {
  it('warns at a pod field Kubernetes 1.29 lacks and leaves it out of the stored actor and the Deployment', () => {
    const result = run({ nodeSelecter: { disk: 'ssd' } });
    const warning = result.diagnostics.find((d) => d.ruleId === 'operator/pod-field-dropped');
    expect(warning).toMatchObject({
      severity: 'warning',
      path: ['workload', 'template', 'spec', 'nodeSelecter'],
      message: expect.stringContaining('probably a typo of "nodeSelector"') as unknown,
    });
    expect(JSON.stringify(result.stored.objects)).not.toContain('nodeSelecter');
    expect(deploymentSpec(result)).not.toHaveProperty('nodeSelecter');
  });

  it('has no warning for fields 1.29 knows', () => {
    const result = run({ nodeSelector: { disk: 'ssd' } });
    expect(result.diagnostics.filter((d) => d.ruleId === 'operator/pod-field-dropped')).toEqual([]);
    expect(deploymentSpec(result)).toHaveProperty('nodeSelector');
  });

  it('reports an undecodable value as an error at it, and predicts no object at all', () => {
    const result = run({ terminationGracePeriodSeconds: '60' });
    expect(result.diagnostics.find((d) => d.ruleId === 'operator/actor-undecodable')).toMatchObject(
      {
        severity: 'error',
        path: ['workload', 'template', 'spec', 'terminationGracePeriodSeconds'],
        message: expect.stringContaining(
          'changes to the other actors are not picked up either',
        ) as unknown,
      },
    );
    expect(result.operator.objects).toEqual([]);
    expect(result.operator.result).toBe('error');
    expect(result.operator.statuses.every((s) => s.status === 'not-created')).toBe(true);
    const metadata = result.stored.objects[0]?.metadata as Record<string, unknown>;
    expect(metadata.finalizers).toBeUndefined();
  });
});
