import { upstreamLink } from '@/core/diagnostics/index.ts';

/**
 * One finding of Kubernetes validation, printed the way the API server prints it
 * (k8s.io/apimachinery/pkg/util/validation/field/errors.go: Error, ErrorBody).
 */
/** A step of a field.Path: a child name, a list index (`[0]`) or a map key (`[nvidia.com/gpu]`). */
export type PathStep = string | number | { key: string };

export interface FieldError {
  type:
    'NotFound' | 'Required' | 'Duplicate' | 'Invalid' | 'NotSupported' | 'Forbidden' | 'TooLong';
  path: PathStep[];
  /** The rejected value (omitted for Required, Forbidden and TooLong). */
  value?: unknown;
  detail?: string;
}

export const fieldErrorsSource = upstreamLink(
  'apimachinery',
  'pkg/util/validation/field/errors.go',
  [63, 115],
);

const typeText: Record<FieldError['type'], string> = {
  NotFound: 'Not found',
  Required: 'Required value',
  Duplicate: 'Duplicate value',
  Invalid: 'Invalid value',
  NotSupported: 'Unsupported value',
  Forbidden: 'Forbidden',
  TooLong: 'Too long',
};

/** Go's rendering of a bad value: `%v` for numbers and booleans, `%q` for strings, JSON otherwise. */
function valueText(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  return JSON.stringify(sortedKeys(value));
}

/** encoding/json writes map keys sorted. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]),
  );
}

/** field.Path.String(): `spec.template.spec.containers[0].resources.limits[cpu]`. */
export function pathText(path: readonly PathStep[]): string {
  return path
    .map((step) =>
      typeof step === 'number'
        ? `[${step}]`
        : typeof step === 'string'
          ? `.${step}`
          : `[${step.key}]`,
    )
    .join('')
    .replace(/^\./, '');
}

/** Field and type only, `spec.containers[0].name: Duplicate value`: what upstream tests assert. */
export function fieldErrorSummary(error: FieldError): string {
  return `${pathText(error.path)}: ${typeText[error.type]}`;
}

export function fieldErrorText(error: FieldError): string {
  const withValue = !['Required', 'Forbidden', 'TooLong'].includes(error.type);
  const body = withValue
    ? `${typeText[error.type]}: ${valueText(error.value)}`
    : typeText[error.type];
  return `${pathText(error.path)}: ${body}${error.detail ? `: ${error.detail}` : ''}`;
}

/**
 * The list after `Deployment.apps "x" is invalid: ` as the API server's StatusError says it: one
 * error alone, or several in brackets, duplicates once (apimachinery pkg/api/errors NewInvalid,
 * pkg/util/errors aggregate).
 */
export function aggregate(messages: string[]): string {
  const texts = [...new Set(messages)];
  return texts.length === 1 ? (texts[0] ?? '') : `[${texts.join(', ')}]`;
}

export const notSupported = (
  path: PathStep[],
  value: unknown,
  supported: string[],
): FieldError => ({
  type: 'NotSupported',
  path,
  value,
  detail: `supported values: ${supported.map((s) => JSON.stringify(s)).join(', ')}`,
});
