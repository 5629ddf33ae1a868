import { describe, expect, it } from 'vitest';
import { operatorPresets, parseOperatorSettings } from '@/core/operator-settings/index.ts';
import { runManifestPipeline } from './index.ts';

const settings = parseOperatorSettings(operatorPresets[0]?.text ?? '').settings;
const manifest = {
  apiVersion: 'asya.sh/v1alpha1',
  kind: 'AsyncActor',
  metadata: { name: 'custom-sidecar', namespace: 'team' },
  spec: {
    transport: 'rabbitmq',
    sidecar: {
      image: 'my/sidecar:2',
      imagePullPolicy: 'Always',
      env: [{ name: 'ASYA_LOG_LEVEL', value: 'debug' }],
    },
    workload: { template: { spec: { containers: [{ name: 'asya-runtime', image: 'img:1' }] } } },
  },
};

describe('runManifestPipeline', () => {
  it('applies spec.sidecar, which the charts cannot express', () => {
    const result = runManifestPipeline(manifest, {
      profile: 'asya-actor',
      operatorSettings: settings,
    });
    const deployment = result.operator.objects.find((o) => o.kind === 'Deployment');
    const sidecar = (
      deployment?.spec as { template: { spec: { containers: Record<string, unknown>[] } } }
    ).template.spec.containers[1];
    expect(sidecar).toMatchObject({
      name: 'asya-sidecar',
      image: 'my/sidecar:2',
      imagePullPolicy: 'Always',
    });
    expect((sidecar?.env as { name: string; value?: string }[]).at(-1)).toEqual({
      name: 'ASYA_LOG_LEVEL',
      value: 'debug',
    });
    expect(result.stored.objects[0]?.metadata).not.toHaveProperty('annotations');
  });

  it('refuses unknown fields the way kubectl apply does (strict), instead of pruning', () => {
    const withUnknown = { ...manifest, spec: { ...manifest.spec, extra: 1 } };
    const result = runManifestPipeline(withUnknown, {
      profile: 'asya-actor',
      operatorSettings: settings,
    });
    expect(result.stored.rejection).toContain('strict decoding error: unknown field "spec.extra"');
    expect(result.operator.result).toBe('not-run');
  });

  it('says so when the document is not an AsyncActor', () => {
    for (const input of [null, [], { kind: 'Deployment' }]) {
      expect(runManifestPipeline(input, { profile: 'asya-actor' }).diagnostics[0]?.ruleId).toBe(
        'pipeline/not-an-asyncactor',
      );
    }
  });
});
