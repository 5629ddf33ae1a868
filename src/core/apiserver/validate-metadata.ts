import type { CrdViolation } from './apply-crd-schema.ts';

const subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const labelValue = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function checkName(value: unknown): CrdViolation[] {
  if (value === null || value === undefined || value === '') {
    return [
      {
        path: ['metadata', 'name'],
        message: 'metadata.name: Required value: name or generateName is required',
      },
    ];
  }
  if (typeof value !== 'string') {
    return [
      {
        path: ['metadata', 'name'],
        message: `metadata.name: Invalid value: ${JSON.stringify(value)}: must be a string (json: cannot unmarshal ${typeof value} into Go struct field ObjectMeta.metadata.name of type string)`,
      },
    ];
  }
  if (value.length > 253 || !subdomain.test(value)) {
    return [
      {
        path: ['metadata', 'name'],
        message: `metadata.name: Invalid value: "${value}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
      },
    ];
  }
  return [];
}

function checkNamespace(value: unknown): CrdViolation[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'string' || value.length > 63 || !dnsLabel.test(value)) {
    return [
      {
        path: ['metadata', 'namespace'],
        message: `metadata.namespace: Invalid value: ${JSON.stringify(value)}: a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character`,
      },
    ];
  }
  return [];
}

function checkLabels(labels: unknown): CrdViolation[] {
  if (labels === null || typeof labels !== 'object') return [];
  return Object.entries(labels as Record<string, unknown>)
    .filter(
      ([, value]) => typeof value !== 'string' || value.length > 63 || !labelValue.test(value),
    )
    .map(([key, value]) => ({
      path: ['metadata', 'labels', key],
      message: `metadata.labels: Invalid value: ${JSON.stringify(value)}: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', must start and end with an alphanumeric character, and be at most 63 characters`,
    }));
}

/** ObjectMeta checks the API server applies to every object: name, namespace, label values. */
export function validateMetadata(metadata: Record<string, unknown>): CrdViolation[] {
  return [
    ...checkName(metadata.name),
    ...checkNamespace(metadata.namespace),
    ...checkLabels(metadata.labels),
  ];
}
