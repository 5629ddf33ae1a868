import { readYaml } from '@/core/document/index.ts';
import { defineKey } from '@/core/document/plain-objects.ts';
import { isRecord } from '@/core/shared/is-record.ts';

/** Go text/template truth: false, 0, nil and empty strings, lists and maps are false. */
export function goTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '')
    return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return Object.keys(value).length > 0;
  return true;
}

/** Go's `%v` of a float64: shortest digits, exponent form from 1e6 on and below 1e-4 (`1e+06`). */
export function goFloat(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? '+Inf' : '-Inf';
  if (value === 0) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  if (exponent >= -4 && exponent < 21 && Math.abs(value) < 1e6) return String(value);
  const [mantissa, exp = '0'] = value.toExponential().split('e');
  const sign = exp.startsWith('-') ? '-' : '+';
  const digits = exp.replace(/^[+-]/, '').padStart(2, '0');
  return `${mantissa}e${sign}${digits}`;
}

/** Go's default formatting of a value, as `{{ . }}` or `toString` prints it. */
export function goString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return goFloat(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map(goString).join(' ')}]`;
  if (isRecord(value)) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${key}:${goString(value[key])}`);
    return `map[${entries.join(' ')}]`;
  }
  // Parsed YAML holds nothing else; anything exotic prints as Go's empty value.
  return '';
}

/** A template failure that stops `helm template` / `helm install`, with Helm's message. */
export class ChartTemplateError extends Error {
  constructor(
    message: string,
    /** The values path the failing expression reads. */
    readonly path: readonly (string | number)[],
  ) {
    super(message);
  }
}

/** Go's type name of a value as Helm holds it (after the JSON round trip). */
export function goTypeName(value: unknown): string {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'float64';
  if (typeof value === 'boolean') return 'bool';
  if (Array.isArray(value)) return '[]interface {}';
  if (isRecord(value)) return 'map[string]interface {}';
  return 'interface {}';
}

/**
 * The scalars printed texts read back as: every render prints the same few texts again (`true`,
 * `10`, an actor's name), one keystroke renders an actor, and each read is a YAML parse.
 */
const readBackScalars = new Map<string, unknown>();
const readBackLimit = 1000;

/**
 * A value printed raw into the template (`key: {{ .x }}`) and read back as the manifest is read
 * (sigs.k8s.io/yaml, as for values): `"20"` becomes 20, `""` and a missing value become null,
 * `1000000` prints `1e+06` and reads back as 1000000, `"02:30"` stays a string, a list prints
 * `[a b]` and reads back as a list. Text that breaks the manifest's YAML (`a: b`, `*x`) fails the
 * whole render, as Helm's "YAML parse error on …" does.
 */
export function printRaw(value: unknown, path: readonly (string | number)[] = []): unknown {
  const text = goString(value);
  if (text === '') return null;
  if (/[\n\r]/.test(text)) return text;
  const known = readBackScalars.get(text);
  if (known !== undefined) return known;
  let manifest: unknown;
  try {
    manifest = readYaml(`key: ${text}`);
  } catch {
    manifest = undefined;
  }
  if (!isRecord(manifest))
    throw new ChartTemplateError(
      `YAML parse error on the rendered manifest: \`${path.join('.') || 'value'}: ${text}\` is not valid YAML`,
      path,
    );
  const read = manifest.key ?? null;
  // A list or map read back goes to its caller alone, so it is read afresh each time.
  if (read === null || typeof read !== 'object') {
    if (readBackScalars.size >= readBackLimit) readBackScalars.clear();
    readBackScalars.set(text, read);
  }
  return read;
}

/** `toYaml` then parse: keys sorted at every level, values and types kept. */
export function toYamlValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toYamlValue);
  if (isRecord(value)) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) defineKey(sorted, key, toYamlValue(value[key]));
    return sorted;
  }
  return value;
}
