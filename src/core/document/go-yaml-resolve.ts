/**
 * How Helm reads a plain (unquoted, untagged) scalar of a values file. Helm v3 reads values with
 * sigs.k8s.io/yaml v1.4.0: go-yaml v2's `resolve` (vendored as goyaml.v2/resolve.go) decides the
 * type, then the whole document goes through JSON, so every number becomes a float64: a JS number
 * is exactly what the templates get. This is neither YAML 1.1 as the `yaml` library implements it
 * (no base-60 numbers: `1:30` stays a string) nor YAML 1.2 (`yes`, `0644` and `1_000` are not
 * strings).
 */
import { upstreamLink } from '../diagnostics/upstream-source.ts';

/** The resolve table of goyaml.v2/resolve.go (`resolveMapList`): words read as booleans and nulls. */
const resolveMap: ReadonlyMap<string, boolean | null | number> = new Map<
  string,
  boolean | null | number
>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map(
    (word) => [word, true] as const,
  ),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map(
    (word) => [word, false] as const,
  ),
  ...['', '~', 'null', 'Null', 'NULL'].map((word) => [word, null] as const),
  ...['.nan', '.NaN', '.NAN'].map((word) => [word, NaN] as const),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((word) => [word, Infinity] as const),
  ...['-.inf', '-.Inf', '-.INF'].map((word) => [word, -Infinity] as const),
]);

/** Where Helm's reading of plain scalars is defined, for diagnostics. */
export const goYamlResolveSource = upstreamLink('sigsYaml', 'goyaml.v2/resolve.go', [86, 189]);

/** `yamlStyleFloat` of resolve.go: the only floats tried after the integer parses fail. */
const yamlStyleFloat = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

const maxUint64 = (1n << 64n) - 1n;
/** 2^63: int64 holds -2^63 up to 2^63 - 1. */
export const int64Cutoff = 1n << 63n;

/** The digits Go's strconv accepts for each base. */
const digitsOf: Record<number, RegExp> = {
  2: /^[01]+$/,
  8: /^[0-7]*$/,
  10: /^[0-9]+$/,
  16: /^[0-9a-fA-F]+$/,
};

/** strconv.ParseUint(s, 0, 64) without underscores: base prefixes 0b, 0o, 0x and a bare leading 0. */
function parseUint(s: string): bigint | undefined {
  if (s === '') return undefined;
  let base = 10;
  let digits = s;
  if (s.startsWith('0')) {
    const prefix = s.length >= 3 ? s[1]?.toLowerCase() : undefined;
    base = prefix === 'b' ? 2 : prefix === 'o' ? 8 : prefix === 'x' ? 16 : 8;
    digits = s.slice(base === 8 && prefix !== 'o' ? 1 : 2);
  }
  if (!(digitsOf[base] ?? /$^/).test(digits)) return undefined;
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : base === 16 ? '0x' : '';
  const value = digits === '' ? 0n : BigInt(prefix + digits);
  return value <= maxUint64 ? value : undefined;
}

/** strconv.ParseInt(s, 0, 64): an optional sign, then ParseUint, within int64. */
function parseInt64(s: string): bigint | undefined {
  const negative = s.startsWith('-');
  const magnitude = parseUint(negative || s.startsWith('+') ? s.slice(1) : s);
  if (magnitude === undefined) return undefined;
  if (negative) return magnitude <= int64Cutoff ? -magnitude : undefined;
  return magnitude < int64Cutoff ? magnitude : undefined;
}

/** strconv.ParseFloat(s, 64) of a decimal: out of range (±Inf) is an error in Go. */
function parseFiniteFloat(s: string): number | undefined {
  const value = Number(s);
  return Number.isFinite(value) ? value : undefined;
}

/** The YAML type go-yaml v2 resolves a scalar to (`!!int` and `!!float` both end as float64). */
export type GoScalarKind = 'str' | 'int' | 'float' | 'bool' | 'null';

export interface GoScalar {
  kind: GoScalarKind;
  value: string | number | boolean | null;
  /** For `int`: the exact integer (a map key keeps every digit; above int64 it is a uint64). */
  integer?: bigint;
}

function kindOfWord(value: boolean | null | number): GoScalarKind {
  return value === null ? 'null' : typeof value === 'boolean' ? 'bool' : 'float';
}

/**
 * How go-yaml v2 resolves a plain scalar, following `resolve` in goyaml.v2/resolve.go branch by
 * branch. Timestamps stay strings, as go-yaml v2 keeps them when it decodes into `interface{}`
 * (goyaml.v2/decode.go, `tag == yaml_TIMESTAMP_TAG`).
 */
export function resolvePlainScalar(source: string): GoScalar {
  const text: GoScalar = { kind: 'str', value: source };
  const hint = source === '' ? 'N' : hintOf(source[0] ?? '');
  if (hint === undefined) return text;
  const word = resolveMap.get(source);
  if (word !== undefined) return { kind: kindOfWord(word), value: word };
  if (hint === '.') {
    // strconv.ParseFloat(in, 64) on the text as written: Go's float syntax, in which a single
    // underscore may stand between two digits (golang/go src/strconv/atof.go readFloat, then
    // underscoreOK): `.5_0` is 0.5, `._5`, `.5_` and `.5__0` stay strings.
    const float = /^\.[0-9](?:_?[0-9])*(?:[eE][-+]?[0-9](?:_?[0-9])*)?$/.test(source)
      ? parseFiniteFloat(source.replaceAll('_', ''))
      : undefined;
    return float === undefined ? text : { kind: 'float', value: float };
  }
  if (hint !== 'D' && hint !== 'S') return text;
  const plain = source.replaceAll('_', '');
  const integer = parseInt64(plain) ?? parseUint(plain);
  if (integer !== undefined) return { kind: 'int', value: Number(integer), integer };
  const float = yamlStyleFloat.test(plain) ? parseFiniteFloat(plain) : undefined;
  return float === undefined ? text : { kind: 'float', value: float };
}

/**
 * The value Helm's templates get for a plain scalar: a string, a number (float64, possibly NaN or
 * ±Inf, which the JSON step then refuses), a boolean or null.
 */
export function resolvePlainAsHelm(source: string): string | number | boolean | null {
  return resolvePlainScalar(source).value;
}

/** `resolveTable` of resolve.go: what the first character says the scalar might be. */
function hintOf(first: string): 'S' | 'D' | 'M' | '.' | undefined {
  if (first === '+' || first === '-') return 'S';
  if (first >= '0' && first <= '9') return 'D';
  if ('yYnNtTfFoO~'.includes(first)) return 'M';
  if (first === '.') return '.';
  return undefined;
}

/** Whether Helm reads the plain scalar as something other than the string it spells. */
export function helmReadsAsNonString(source: string): boolean {
  return typeof resolvePlainAsHelm(source) !== 'string';
}
