/**
 * The read of a patched text (`planScalarPatch`) made from the read before it, where one scalar
 * cannot change anything but its own reading: only the edited scalar is checked and decoded again.
 * Each function returns undefined when that is not so, and the caller reads the whole tree; the
 * result is what the whole read gives (held to it by the tests).
 */
import type { Node } from 'yaml';
import { helmKeyName, type HelmValuesResult } from './helm-values.ts';
import type { ScalarPatch } from './patch-scalar-edit.ts';
import { defineKey, isPlainObject } from './plain-objects.ts';
import { scalarWarning, type TreeWarning, type TreeWarnings } from './tree-warnings.ts';
import { diagnosticRange, type Reader } from './yaml-diagnostic.ts';

const sameRange = (
  a: TreeWarning['diagnostic']['range'],
  b: TreeWarning['diagnostic']['range'],
): boolean =>
  a?.line === b?.line && a?.col === b?.col && a?.endLine === b?.endLine && a?.endCol === b?.endCol;

/**
 * The tree warnings of the patched text (read by `reader`, already patched): the edited scalar's
 * own warning checked again, the ones after it moved with the text, the ones before kept.
 */
export function rereadTreeWarnings(
  previous: TreeWarnings,
  reader: Reader,
  patch: ScalarPatch,
): TreeWarnings | undefined {
  if (!previous.perScalar || !patch.after.range) return undefined;
  const [tokenStart, tokenEnd] = patch.after.range;
  const oldTokenEnd = tokenEnd - patch.delta;
  const warnings: TreeWarning[] = [];
  let editedAt: number | undefined;
  for (const warning of previous.warnings) {
    if (warning.node < tokenStart) {
      // A warning over the edited text (never one scalar's) would change: read it all again.
      if (warning.end > tokenStart) return undefined;
      warnings.push(warning);
    } else if (warning.node === tokenStart) {
      // The edited scalar's own warning, replaced below.
      editedAt ??= warnings.length;
    } else {
      if (warning.start < oldTokenEnd) return undefined;
      editedAt ??= warnings.length;
      const start = warning.start + patch.delta;
      const end = warning.end + patch.delta;
      const range = diagnosticRange(reader, start, end);
      const diagnostic = sameRange(range, warning.diagnostic.range)
        ? warning.diagnostic
        : { ...warning.diagnostic, range };
      warnings.push({ node: warning.node + patch.delta, start, end, diagnostic });
    }
  }
  const edited = scalarWarning(reader, patch.after);
  if (edited) warnings.splice(editedAt ?? warnings.length, 0, edited);
  return { warnings, perScalar: true };
}

/** The container with `value` at the path of `keys`, copying only the containers on that path. */
function withValueAt(
  container: unknown,
  keys: readonly (string | number)[],
  depth: number,
  value: unknown,
): { value: unknown } | undefined {
  const key = keys[depth];
  if (key === undefined) return { value };
  if (typeof key === 'number') {
    if (!Array.isArray(container) || key >= container.length) return undefined;
    const inner = withValueAt(container[key], keys, depth + 1, value);
    if (!inner) return undefined;
    const copy = container.slice();
    copy[key] = inner.value;
    return { value: copy };
  }
  if (!isPlainObject(container) || !Object.hasOwn(container, key)) return undefined;
  const inner = withValueAt(container[key], keys, depth + 1, value);
  if (!inner) return undefined;
  // Spreading defines own properties, `__proto__` included; the key order stays as it was.
  const copy = { ...container };
  defineKey(copy, key, inner.value);
  return { value: copy };
}

/**
 * The values of the patched text: the previous values with the edited scalar's new value, every
 * other part shared (so its views need not update). Only when each value was decoded from its own
 * node (no alias, merge key or repeated key), and the new value is one Helm accepts.
 */
export function rereadValues(
  previous: HelmValuesResult,
  patch: ScalarPatch,
): HelmValuesResult | undefined {
  if (!('values' in previous) || !previous.mirrorsTree) return undefined;
  const value: unknown = patch.after.value;
  // JSON has no Infinity or NaN: the whole decode reports where the first one is.
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  const keys: (string | number)[] = [];
  for (const step of patch.steps) {
    const key = 'pair' in step ? helmKeyName(step.pair.key as Node | null) : step.index;
    if (key === undefined) return undefined;
    keys.push(key);
  }
  const next = withValueAt(previous.values, keys, 0, value ?? null);
  return next && { values: next.value, mirrorsTree: true };
}
