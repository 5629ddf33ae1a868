import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateKubernetesFields } from '../../../scripts/generate-kubernetes-fields.ts';

describe('the committed Kubernetes 1.29 pod field set', () => {
  it('is exactly what the generator derives from kubernetes-types@1.29.0', () => {
    const committed: unknown = JSON.parse(
      readFileSync(new URL('./kubernetes-1.29-pod-fields.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(generateKubernetesFields());
    expect(generateKubernetesFields().source).toBe('kubernetes-types@1.29.0');
  });
});
