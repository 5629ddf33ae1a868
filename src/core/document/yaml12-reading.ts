/**
 * How a YAML 1.2 (core schema) reader resolves a plain scalar. Used to warn where Helm's YAML 1.1
 * reading differs from what editors and most other tools (YAML 1.2) show.
 */
export function readPlainAsYaml12(source: string): unknown {
  if (source === '' || source === '~' || /^(?:null|Null|NULL)$/.test(source)) return null;
  if (/^(?:true|True|TRUE)$/.test(source)) return true;
  if (/^(?:false|False|FALSE)$/.test(source)) return false;
  if (/^0o[0-7]+$/.test(source)) return parseInt(source.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.slice(2), 16);
  if (/^[-+]?[0-9]+$/.test(source)) return Number(source);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(source))
    return Number(source);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(source)) return source.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(source)) return NaN;
  return source;
}

/** Whether two scalar readings are the same value (NaN equals NaN, 1 equals 1.0). */
export function sameScalar(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || (typeof a === 'number' && typeof b === 'number' && a === b);
}
