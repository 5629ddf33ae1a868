/**
 * A string-keyed map of parsed data (YAML or JSON): an object that is neither null nor an array.
 * The one guard every module uses to step into values, manifests and stored documents; it does not
 * check the prototype (see `isPlainObject` in src/core/document for that).
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value as a map to read fields from: itself when it is one, else an empty map. */
export function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
