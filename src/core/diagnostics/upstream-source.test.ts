import { describe, expect, it } from 'vitest';
import { upstreamLink } from './upstream-source.ts';

describe('upstreamLink', () => {
  it('links a file at the pinned commit, with an optional line or line range', () => {
    expect(upstreamLink('asya', 'src/asya-operator/api/v1alpha1/asya_types.go', 88)).toBe(
      'https://github.com/deliveryhero/asya/blob/23d62b0e28f2163d22c61ffc17cc40ca05c6a103/src/asya-operator/api/v1alpha1/asya_types.go#L88',
    );
    expect(upstreamLink('keda', 'pkg/scaling/executor/scale_scaledobjects.go', [10, 20])).toMatch(
      /^https:\/\/github\.com\/kedacore\/keda\/blob\/v2\.20\.0\/pkg\/.*#L10-L20$/,
    );
    expect(
      upstreamLink('kubernetesTypes', 'staging/src/k8s.io/api/core/v1/types.go'),
    ).not.toContain('#');
  });
});
