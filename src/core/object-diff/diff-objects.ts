import { isRecord } from '@/core/shared/is-record.ts';

/**
 * What changes between two sets of Kubernetes objects, field by field: the review a values change
 * needs (which Deployment field, which env var, which trigger), not a text diff of the YAML.
 */

export type FieldChangeKind = 'added' | 'removed' | 'changed';

/** One leaf field that differs; `path` is as a reviewer reads it (`spec.template.spec.containers[name=x].image`). */
export interface FieldChange {
  path: string;
  change: FieldChangeKind;
  before?: unknown;
  after?: unknown;
}

export interface ObjectDiff {
  kind: string;
  name: string;
  namespace?: string;
  change: FieldChangeKind | 'unchanged';
  fields: FieldChange[];
}

type Json = Record<string, unknown>;

const identifier = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function keySegment(key: string): string {
  return identifier.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/**
 * Lists whose items all carry a distinct `name` (containers, env, volumes, ports, triggers) are
 * matched by name, the way Kubernetes merges them (the `patchMergeKey: name` of the API types),
 * so adding one env var shows as one added item, not every later item changed.
 */
function namedItems(list: readonly unknown[]): Map<string, unknown> | undefined {
  const byName = new Map<string, unknown>();
  for (const item of list) {
    const name = isRecord(item) ? item.name : undefined;
    if (typeof name !== 'string' || byName.has(name)) return undefined;
    byName.set(name, item);
  }
  return byName;
}

function leaves(value: unknown, path: string, change: 'added' | 'removed', out: FieldChange[]) {
  const entries: [string, unknown][] = isRecord(value)
    ? Object.entries(value).map(([k, v]) => [keySegment(k), v])
    : Array.isArray(value)
      ? value.map((v, i) => [`[${i}]`, v])
      : [];
  if (entries.length === 0) {
    out.push(change === 'added' ? { path, change, after: value } : { path, change, before: value });
    return;
  }
  for (const [segment, child] of entries) leaves(child, path + segment, change, out);
}

function diffValues(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  if (isRecord(before) && isRecord(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const child = path + keySegment(key);
      if (!Object.hasOwn(after, key)) leaves(before[key], child, 'removed', out);
      else if (!Object.hasOwn(before, key)) leaves(after[key], child, 'added', out);
      else diffValues(before[key], after[key], child, out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const beforeNamed = namedItems(before);
    const afterNamed = namedItems(after);
    if (beforeNamed && afterNamed && (beforeNamed.size > 0 || afterNamed.size > 0)) {
      for (const name of new Set([...beforeNamed.keys(), ...afterNamed.keys()])) {
        const child = `${path}[name=${name}]`;
        if (!afterNamed.has(name)) leaves(beforeNamed.get(name), child, 'removed', out);
        else if (!beforeNamed.has(name)) leaves(afterNamed.get(name), child, 'added', out);
        else diffValues(beforeNamed.get(name), afterNamed.get(name), child, out);
      }
      return;
    }
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      if (i >= after.length) leaves(before[i], `${path}[${i}]`, 'removed', out);
      else if (i >= before.length) leaves(after[i], `${path}[${i}]`, 'added', out);
      else diffValues(before[i], after[i], `${path}[${i}]`, out);
    }
    return;
  }
  if (!Object.is(before, after)) out.push({ path, change: 'changed', before, after });
}

/** The fields that differ between two values (objects, lists or scalars). */
export function diffFields(before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  diffValues(before, after, '', out);
  return out.map((f) => ({ ...f, path: f.path.replace(/^\./, '') }));
}

function identity(object: Json): { kind: string; name: string; namespace?: string } {
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : undefined;
  return {
    kind: typeof object.kind === 'string' ? object.kind : '(no kind)',
    name: typeof metadata.name === 'string' ? metadata.name : '(no name)',
    ...(namespace === undefined ? {} : { namespace }),
  };
}

const keyOf = (id: { kind: string; name: string; namespace?: string }) =>
  `${id.kind}\u0000${id.namespace ?? ''}\u0000${id.name}`;

/**
 * Objects matched by kind, namespace and name (what the API server keys them by); each one
 * added, removed, changed (with its fields) or unchanged, in the after order, removed ones last.
 */
export function diffObjects(before: readonly unknown[], after: readonly unknown[]): ObjectDiff[] {
  const records = (list: readonly unknown[]) => list.filter(isRecord);
  const beforeByKey = new Map(records(before).map((o) => [keyOf(identity(o)), o]));
  const afterKeys = new Set<string>();
  const diffs: ObjectDiff[] = [];
  for (const object of records(after)) {
    const id = identity(object);
    const key = keyOf(id);
    if (afterKeys.has(key)) continue;
    afterKeys.add(key);
    const previous = beforeByKey.get(key);
    const fields = diffFields(previous ?? {}, object);
    const change = !previous ? 'added' : fields.length > 0 ? 'changed' : 'unchanged';
    diffs.push({ ...id, change, fields });
  }
  for (const [key, object] of beforeByKey) {
    if (!afterKeys.has(key))
      diffs.push({ ...identity(object), change: 'removed', fields: diffFields(object, {}) });
  }
  return diffs;
}
