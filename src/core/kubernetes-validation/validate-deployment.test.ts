import { describe, expect, it } from 'vitest';
import { aggregate, fieldErrorText } from './field-error.ts';
import { validateDeployment } from './validate-deployment.ts';

const selector = { app: 'x' };
function deployment(spec: Record<string, unknown>, labels: Record<string, unknown> = selector) {
  return {
    spec: {
      selector: { matchLabels: selector },
      template: {
        metadata: { labels },
        spec: { containers: [{ name: 'main', image: 'img' }], ...spec },
      },
    },
  };
}
const container = (extra: Record<string, unknown>) => ({
  containers: [{ name: 'main', image: 'img', ...extra }],
});
const messages = (d: Record<string, unknown>) => validateDeployment(d).map(fieldErrorText);

describe('validateDeployment (Kubernetes 1.34.2)', () => {
  it('accepts a plain Deployment', () => {
    expect(messages(deployment({}))).toEqual([]);
    expect(
      messages(
        deployment({
          volumes: [{ name: 'data', emptyDir: {} }],
          ...container({
            volumeMounts: [{ name: 'data', mountPath: '/data' }],
            resources: {
              requests: { cpu: '500m', 'nvidia.com/gpu': 1 },
              limits: { cpu: '1', 'nvidia.com/gpu': '1' },
            },
            ports: [{ name: 'http', containerPort: 8080 }],
            env: [{ name: 'my.var-1', value: 'x' }],
            livenessProbe: { httpGet: { path: '/', port: 8080 } },
            imagePullPolicy: 'Always',
          }),
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'a mount of an undefined volume',
      container({ volumeMounts: [{ name: 'data', mountPath: '/data' }] }),
      'spec.template.spec.containers[0].volumeMounts[0].name: Not found: "data"',
    ],
    [
      'restartPolicy OnFailure',
      { restartPolicy: 'OnFailure' },
      'spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"',
    ],
    [
      'a request above its limit',
      container({ resources: { requests: { cpu: '2' }, limits: { cpu: '1000m' } } }),
      'spec.template.spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1',
    ],
    [
      'an extended resource requested without a limit',
      container({ resources: { requests: { 'nvidia.com/gpu': 1 } } }),
      'spec.template.spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources',
    ],
    [
      'an extended resource request below its limit',
      container({
        resources: { requests: { 'nvidia.com/gpu': 1 }, limits: { 'nvidia.com/gpu': 2 } },
      }),
      'spec.template.spec.containers[0].resources.requests: Invalid value: "1": must be equal to nvidia.com/gpu limit of 2',
    ],
    [
      'a port name that is no IANA service name',
      container({ ports: [{ name: 'metrics-port-long', containerPort: 9090 }] }),
      'spec.template.spec.containers[0].ports[0].name: Invalid value: "metrics-port-long": must be no more than 15 characters',
    ],
    [
      'an imagePullPolicy outside its enum',
      container({ imagePullPolicy: 'Sometimes' }),
      'spec.template.spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"',
    ],
    [
      'an env var name with =',
      container({ env: [{ name: 'A=B' }] }),
      `spec.template.spec.containers[0].env[0].name: Invalid value: "A=B": a valid environment variable name must consist only of printable ASCII characters other than '='`,
    ],
    [
      'a probe with two handlers',
      container({ readinessProbe: { exec: { command: ['true'] }, tcpSocket: { port: 80 } } }),
      'spec.template.spec.containers[0].readinessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type',
    ],
    [
      'a probe with no handler',
      container({ startupProbe: { periodSeconds: 5 } }),
      'spec.template.spec.containers[0].startupProbe: Required value: must specify a handler type',
    ],
    [
      'activeDeadlineSeconds',
      { activeDeadlineSeconds: 60 },
      'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported',
    ],
  ])('refuses %s', (_, spec, message) => {
    expect(messages(deployment(spec))).toContain(message);
  });

  it('refuses duplicate and non-DNS container names', () => {
    const result = messages(
      deployment({
        containers: [
          { name: 'main', image: 'a' },
          { name: 'main', image: 'b' },
          { name: 'Main_2', image: 'c' },
        ],
      }),
    );
    expect(result).toContain('spec.template.spec.containers[1].name: Duplicate value: "main"');
    expect(
      result.some((m) =>
        m.startsWith(
          'spec.template.spec.containers[2].name: Invalid value: "Main_2": a lowercase RFC 1123 label',
        ),
      ),
    ).toBe(true);
  });

  it('refuses a pod label that breaks the selector, and label keys such as __proto__', () => {
    const labels = JSON.parse('{"app":"other","__proto__":"x"}') as Record<string, unknown>;
    const result = messages(deployment({}, labels));
    expect(result[0]).toBe(
      'spec.template.metadata.labels: Invalid value: {"__proto__":"x","app":"other"}: `selector` does not match template `labels`',
    );
    expect(result[1]).toMatch(
      /^spec\.template\.metadata\.labels: Invalid value: "__proto__": name part must consist of alphanumeric characters/,
    );
  });

  it('refuses label values over 63 characters and annotations over 256 KiB', () => {
    const result = messages({
      spec: {
        selector: { matchLabels: { app: 'a'.repeat(64) } },
        template: {
          metadata: { labels: { app: 'a'.repeat(64) }, annotations: { big: 'x'.repeat(262142) } },
          spec: { containers: [{ name: 'main', image: 'img' }] },
        },
      },
    });
    expect(result).toContain(
      `spec.selector.matchLabels: Invalid value: "${'a'.repeat(64)}": must be no more than 63 characters`,
    );
    expect(result).toContain(
      'spec.template.metadata.annotations: Too long: may not be more than 262144 bytes',
    );
  });

  it('joins several errors as the API server does', () => {
    expect(aggregate(['a'])).toBe('a');
    expect(aggregate(['a', 'b', 'a'])).toBe('[a, b]');
  });
});
