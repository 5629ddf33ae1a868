import { readYaml } from '@/core/document/index.ts';
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

/**
 * A value printed raw into the template (`key: {{ .x }}`) and read back by the YAML parser:
 * `"20"` becomes 20, `""` and a missing value become null, `1000000` becomes the string-less `1e+06`.
 */
export function printRaw(value: unknown): unknown {
  const text = goString(value);
  if (text === '') return null;
  if (typeof value === 'object' || /[\n\r]/.test(text)) return text;
  try {
    const parsed = readYaml(text);
    return parsed === null || typeof parsed !== 'object' ? parsed : text;
  } catch {
    return text;
  }
}

/** `toYaml` then parse: keys sorted at every level, values and types kept. */
export function toYamlValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toYamlValue);
  if (isRecord(value)) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) sorted[key] = toYamlValue(value[key]);
    return sorted;
  }
  return value;
}
