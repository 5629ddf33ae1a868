import type { ValuesPath } from '../diagnostics/diagnostic.ts';

/** One scalar value, edited in one control; its label and help come from `describeField`. */
export interface FormField {
  kind: 'field';
  path: ValuesPath;
}

/** A map of names to values (labels, node selector, resource limits), edited one key at a time. */
export interface FormMap {
  kind: 'map';
  path: ValuesPath;
  /** Shown instead of the schema's title. */
  title?: string;
  keyPlaceholder?: string;
}

/** A list of objects, one card per item, with add and remove. */
export interface FormList {
  kind: 'list';
  path: ValuesPath;
  title: string;
  itemNoun: string;
  /** What "+ Add" appends. */
  newItem: Readonly<Record<string, unknown>>;
  /** An item's label when it has no name; `{n}` is its position, from 1. */
  fallbackLabel: string;
  /** What each item shows, with paths relative to the item. */
  item: readonly FormEntry[];
  /** The item's own fields show their help; the items of most lists are small enough to go without. */
  itemHelp?: boolean;
}

export type FormEntry = FormField | FormMap | FormList;

/** One collapsible group of the form. Paths of its entries are from the root of the values. */
export interface FormSection {
  id: string;
  title: string;
  open: boolean;
  entries: readonly FormEntry[];
}

const field = (...path: ValuesPath): FormField => ({ kind: 'field', path });
const fields = (...paths: ValuesPath[]): FormField[] => paths.map((path) => field(...path));
const map = (path: ValuesPath, title?: string, keyPlaceholder?: string): FormMap => ({
  kind: 'map',
  path,
  ...(title === undefined ? {} : { title }),
  ...(keyPlaceholder === undefined ? {} : { keyPlaceholder }),
});
const list = (path: ValuesPath, details: Omit<FormList, 'kind' | 'path'>): FormList => ({
  kind: 'list',
  path,
  ...details,
});

const quantityKeys = 'cpu, memory, nvidia.com/gpu…';

/** What one container of the pod template shows: image, env, resources, mounts, ports. */
const containerItem: readonly FormEntry[] = [
  ...fields(['name'], ['image'], ['imagePullPolicy']),
  list(['env'], {
    title: 'Environment variables',
    itemNoun: 'variable',
    newItem: { name: 'NAME', value: '' },
    fallbackLabel: '#{n}',
    item: fields(['name'], ['value']),
  }),
  map(['resources', 'requests'], 'Resource requests', quantityKeys),
  map(['resources', 'limits'], 'Resource limits', quantityKeys),
  list(['volumeMounts'], {
    title: 'Volume mounts',
    itemNoun: 'mount',
    newItem: { name: 'data', mountPath: '/data' },
    fallbackLabel: '#{n}',
    item: fields(['name'], ['mountPath'], ['readOnly']),
  }),
  list(['ports'], {
    title: 'Ports',
    itemNoun: 'port',
    newItem: { containerPort: 8080 },
    fallbackLabel: '#{n}',
    item: fields(['name'], ['containerPort'], ['protocol']),
  }),
];

const spec = ['workload', 'template', 'spec'] as const;

/** The form, in order: the one list of what it shows. */
export const formSections: readonly FormSection[] = [
  {
    id: 'actor',
    title: 'Actor',
    open: true,
    entries: fields(['name'], ['nameOverride'], ['namespace'], ['transport']),
  },
  {
    id: 'scaling',
    title: 'Scaling (KEDA)',
    open: true,
    entries: fields(
      ['scaling', 'enabled'],
      ['scaling', 'minReplicas'],
      ['scaling', 'maxReplicas'],
      ['scaling', 'queueLength'],
      ['scaling', 'pollingInterval'],
      ['scaling', 'cooldownPeriod'],
    ),
  },
  {
    id: 'advanced-scaling',
    title: 'Advanced scaling',
    open: false,
    entries: fields(
      ['scaling', 'advanced', 'formula'],
      ['scaling', 'advanced', 'target'],
      ['scaling', 'advanced', 'activationTarget'],
      ['scaling', 'advanced', 'metricType'],
      ['scaling', 'advanced', 'restoreToOriginalReplicaCount'],
    ),
  },
  {
    id: 'workload',
    title: 'Workload',
    open: true,
    entries: [
      ...fields(['workload', 'kind'], ['workload', 'replicas'], ['workload', 'pythonExecutable']),
      list([...spec, 'containers'], {
        title: 'Containers',
        itemNoun: 'container',
        newItem: { name: 'asya-runtime', image: 'python:3.13-slim' },
        fallbackLabel: 'container {n}',
        item: containerItem,
        itemHelp: true,
      }),
    ],
  },
  {
    id: 'pod',
    title: 'Pod',
    open: false,
    entries: [
      map(['workload', 'template', 'metadata', 'labels'], 'Pod labels'),
      map(['workload', 'template', 'metadata', 'annotations'], 'Pod annotations'),
      map([...spec, 'nodeSelector'], 'Node selector'),
      list([...spec, 'tolerations'], {
        title: 'Tolerations',
        itemNoun: 'toleration',
        newItem: { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
        fallbackLabel: '#{n}',
        item: fields(['key'], ['operator'], ['value'], ['effect']),
      }),
      list([...spec, 'volumes'], {
        title: 'Volumes',
        itemNoun: 'volume',
        newItem: { name: 'data', emptyDir: {} },
        fallbackLabel: '#{n}',
        item: fields(
          ['name'],
          ['persistentVolumeClaim', 'claimName'],
          ['configMap', 'name'],
          ['secret', 'secretName'],
        ),
      }),
    ],
  },
  {
    id: 'volume-claim-templates',
    title: 'Volume claim templates (StatefulSet)',
    open: false,
    entries: [
      list(['workload', 'volumeClaimTemplates'], {
        title: 'Volume claim templates',
        itemNoun: 'claim template',
        newItem: {
          metadata: { name: 'data' },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } },
        },
        fallbackLabel: '#{n}',
        item: fields(
          ['metadata', 'name'],
          ['spec', 'storageClassName'],
          ['spec', 'resources', 'requests', 'storage'],
        ),
      }),
    ],
  },
  {
    id: 'timeouts',
    title: 'Timeouts',
    open: false,
    entries: fields(['timeout', 'processing'], ['timeout', 'gracefulShutdown']),
  },
  {
    id: 'labels-annotations',
    title: 'Labels and annotations',
    open: false,
    entries: [map(['labels']), map(['annotations'])],
  },
  {
    id: 'test-credentials',
    title: 'Test-only credentials',
    open: false,
    entries: fields(['awsAccessKeyId'], ['awsSecretAccessKey']),
  },
];

/** A list item's `name` (or `key`, or `metadata.name`), or the list's fallback label. */
export function formItemLabel(list: FormList, item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    const record = item as Record<string, unknown>;
    const metadata = record.metadata as Record<string, unknown> | undefined;
    const name = record.name ?? record.key ?? metadata?.name;
    if (typeof name === 'string' && name) return name;
  }
  return list.fallbackLabel.replace('{n}', String(index + 1));
}

/**
 * Every entry of the form with its full path, list items taken at index 0: what the checks of
 * the form (every path described, every edit reads back) walk.
 */
export function formEntryPaths(): { entry: FormEntry; path: ValuesPath }[] {
  const walk = (
    entries: readonly FormEntry[],
    base: ValuesPath,
  ): { entry: FormEntry; path: ValuesPath }[] =>
    entries.flatMap((entry) => {
      const path = [...base, ...entry.path];
      return [{ entry, path }, ...(entry.kind === 'list' ? walk(entry.item, [...path, 0]) : [])];
    });
  return formSections.flatMap((section) => walk(section.entries, []));
}
