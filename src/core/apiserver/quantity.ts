/**
 * Kubernetes resource quantities in canonical form, as Go's resource.Quantity re-serialises them
 * (k8s.io/apimachinery/pkg/api/resource/quantity.go, CanonicalizeBytes): `1000m` → `1`, `1.5` → `1500m`,
 * `2048Mi` → `2Gi`, the number 1 → `"1"`.
 */
const decimalSuffixes: Record<string, number> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};
const binarySuffixes: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const pattern = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|[eE][+-]?\d+|[numkMGTPE])?$/;

function decimalText(
  sign: string,
  mantissa: bigint,
  exponent: number,
  asExponent: boolean,
): string {
  if (mantissa === 0n) return '0';
  let m = mantissa;
  let e = exponent;
  while (((e % 3) + 3) % 3 !== 0) {
    m *= 10n;
    e -= 1;
  }
  while (m % 1000n === 0n && e < 18) {
    m /= 1000n;
    e += 3;
  }
  if (asExponent) return `${sign}${m}${e === 0 ? '' : `e${e}`}`;
  const suffix = Object.entries(decimalSuffixes).find(([, power]) => power === e)?.[0];
  return suffix === undefined ? `${sign}${m}e${e}` : `${sign}${m}${suffix}`;
}

function binaryText(sign: string, whole: bigint): string {
  let value = whole;
  let power = 0;
  while (value % 1024n === 0n && power < 6) {
    value /= 1024n;
    power += 1;
  }
  return `${sign}${value}${['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'][power]}`;
}

/** The canonical text of a quantity, or undefined when it is not one (the value is then left alone). */
export function canonicalQuantity(input: unknown): string | undefined {
  const text =
    typeof input === 'number'
      ? String(input)
      : typeof input === 'string'
        ? input.trim()
        : undefined;
  const match = text === undefined ? null : pattern.exec(text);
  if (!match) return undefined;
  const [, rawSign = '', number = '', suffix = ''] = match;
  const sign = rawSign === '-' ? '-' : '';
  const [whole = '', fraction = ''] = number.split('.');
  const digits = BigInt(`${whole}${fraction}` || '0');
  if (suffix in binarySuffixes) {
    const scaled = digits * 1024n ** BigInt(binarySuffixes[suffix] ?? 0);
    const divisor = 10n ** BigInt(fraction.length);
    const isWhole = scaled % divisor === 0n;
    if (isWhole && scaled / divisor >= 1024n) return binaryText(sign, scaled / divisor);
    return decimalText(sign, scaled, -fraction.length, false);
  }
  const isExponent = /^[eE]/.test(suffix);
  const power = isExponent ? Number(suffix.slice(1)) : (decimalSuffixes[suffix] ?? 0);
  return decimalText(sign, digits, power - fraction.length, isExponent);
}

/**
 * A quantity's value in nano-units (10^-9), exact, for comparisons such as requests ≤ limits
 * (resource.Quantity.Cmp); undefined when it is not a quantity. Finer fractions are rounded up,
 * as Quantity does.
 */
export function quantityNanos(input: unknown): bigint | undefined {
  const canonical = canonicalQuantity(input);
  const match = canonical === undefined ? null : pattern.exec(canonical);
  if (!match) return undefined;
  const [, rawSign = '', number = '', suffix = ''] = match;
  const [whole = '', fraction = ''] = number.split('.');
  let value = BigInt(`${whole}${fraction}` || '0');
  let power = -fraction.length + 9;
  if (suffix in binarySuffixes) value *= 1024n ** BigInt(binarySuffixes[suffix] ?? 0);
  else power += /^[eE]/.test(suffix) ? Number(suffix.slice(1)) : (decimalSuffixes[suffix] ?? 0);
  const scaled = power >= 0 ? value * 10n ** BigInt(power) : -(-value / 10n ** BigInt(-power));
  return rawSign === '-' ? -scaled : scaled;
}
