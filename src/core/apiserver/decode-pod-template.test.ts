import { describe, expect, it } from 'vitest';
import { decodePodTemplate, podFieldNames } from './decode-pod-template.ts';

const at = ['spec', 'workload', 'template'];
const decode = (template: unknown) => decodePodTemplate(template, at);
const container = (extra: Record<string, unknown>) => ({
  spec: { containers: [{ name: 'asya-runtime', image: 'img', ...extra }] },
});

describe('decodePodTemplate (k8s.io/api v0.29.2 through the operator)', () => {
  it('keeps every field Kubernetes 1.29 has, and canonicalises quantities', () => {
    const result = decode({
      metadata: { labels: { team: 'a' }, annotations: { x: 'y' } },
      spec: {
        nodeSelector: { disk: 'ssd' },
        securityContext: { runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
        ...container({ resources: { limits: { cpu: '1000m', memory: 1073741824 } } }).spec,
      },
    });
    expect(result.dropped).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.template).toMatchObject({
      spec: { containers: [{ resources: { limits: { cpu: '1', memory: '1073741824' } } }] },
    });
  });

  it('drops typos, ObjectMeta extras and fields newer than 1.29, naming the Go type', () => {
    const result = decode({
      metadata: { labels: {}, team: 'a' },
      spec: {
        nodeSelecter: { disk: 'ssd' },
        resources: { limits: { cpu: '1' } },
        securityContext: { appArmorProfile: { type: 'RuntimeDefault' } },
        containers: [{ name: 'asya-runtime', image: 'img', resource: {} }],
      },
    });
    expect(result.dropped.map((d) => [d.path.slice(3).join('.'), d.owner])).toEqual([
      ['metadata.team', 'ObjectMeta'],
      ['spec.nodeSelecter', 'PodSpec'],
      ['spec.resources', 'PodSpec'],
      ['spec.securityContext.appArmorProfile', 'PodSecurityContext'],
      ['spec.containers.0.resource', 'Container'],
    ]);
    expect(JSON.stringify(result.template)).not.toMatch(/nodeSelecter|appArmorProfile|"team"/);
  });

  it('leaves a null probe out, so the operator adds its default one', () => {
    const result = decode(container({ livenessProbe: null }));
    expect(result.errors).toEqual([]);
    expect(JSON.stringify(result.template)).not.toContain('livenessProbe');
  });

  it.each([
    ['a number in an env value', container({ env: [{ name: 'A', value: 4 }] }), 'EnvVar.value'],
    [
      'false in an env value (Helm reads off)',
      container({ env: [{ name: 'A', value: false }] }),
      'EnvVar.value',
    ],
    ['a number as a label value', { metadata: { labels: { port: 9090 } } }, 'ObjectMeta.labels'],
    [
      'a string grace period',
      { spec: { terminationGracePeriodSeconds: '60' } },
      'PodSpec.terminationGracePeriodSeconds',
    ],
    [
      'a quantity that does not parse',
      container({ resources: { limits: { memory: '512MB' } } }),
      'ResourceRequirements.limits',
    ],
    ['a list where Go has an object', { spec: { securityContext: [] } }, 'PodSpec.securityContext'],
    ['a string as the whole spec', { spec: 'x' }, 'PodTemplateSpec.spec'],
  ])('cannot decode %s', (_, template, field) => {
    const result = decode(template);
    expect(result.errors.map((e) => e.field)).toEqual([field]);
  });

  it('knows the fields of the 1.29 types from kubernetes-types, not a list of its own', () => {
    expect(podFieldNames('PodSpec')).toContain('nodeSelector');
    expect(podFieldNames('PodSpec')).not.toContain('resources');
    expect(podFieldNames('PodSecurityContext')).not.toContain('appArmorProfile');
  });
});
