import type { ValuesPath } from '../diagnostics/diagnostic.ts';

/** One group of the form: the scalar fields it shows, and the maps or lists it edits as a whole. */
export interface FormSection {
  id: string;
  title: string;
  fields: readonly ValuesPath[];
  collections?: readonly ValuesPath[];
}

/** The runtime container is the first container in the form, as in every README example. */
const runtime = ['workload', 'template', 'spec', 'containers', 0] as const;

/** The form's sections, in order. Labels and help come from `describeField`. */
export const formSections: readonly FormSection[] = [
  { id: 'core', title: 'Core', fields: [['name'], ['namespace'], ['transport']] },
  {
    id: 'scaling',
    title: 'Scaling',
    fields: [
      ['scaling', 'enabled'],
      ['scaling', 'minReplicas'],
      ['scaling', 'maxReplicas'],
      ['scaling', 'pollingInterval'],
      ['scaling', 'cooldownPeriod'],
      ['scaling', 'queueLength'],
    ],
  },
  {
    id: 'advanced-scaling',
    title: 'Advanced scaling',
    fields: [
      ['scaling', 'advanced', 'formula'],
      ['scaling', 'advanced', 'target'],
      ['scaling', 'advanced', 'activationTarget'],
      ['scaling', 'advanced', 'metricType'],
      ['scaling', 'advanced', 'restoreToOriginalReplicaCount'],
    ],
  },
  {
    id: 'workload',
    title: 'Workload',
    fields: [
      ['workload', 'kind'],
      ['workload', 'replicas'],
      ['workload', 'pythonExecutable'],
    ],
    collections: [
      ['workload', 'template', 'spec', 'nodeSelector'],
      ['workload', 'template', 'spec', 'tolerations'],
      ['workload', 'template', 'spec', 'volumes'],
      ['workload', 'volumeClaimTemplates'],
    ],
  },
  {
    id: 'runtime-container',
    title: 'Runtime container',
    fields: [
      [...runtime, 'name'],
      [...runtime, 'image'],
      [...runtime, 'imagePullPolicy'],
      [...runtime, 'resources', 'requests', 'cpu'],
      [...runtime, 'resources', 'requests', 'memory'],
      [...runtime, 'resources', 'limits', 'cpu'],
      [...runtime, 'resources', 'limits', 'memory'],
    ],
    collections: [
      [...runtime, 'env'],
      [...runtime, 'volumeMounts'],
      [...runtime, 'ports'],
    ],
  },
  {
    id: 'timeouts',
    title: 'Timeouts',
    fields: [
      ['timeout', 'processing'],
      ['timeout', 'gracefulShutdown'],
    ],
  },
  {
    id: 'metadata',
    title: 'Metadata',
    fields: [['nameOverride']],
    collections: [['labels'], ['annotations']],
  },
  {
    id: 'test-credentials',
    title: 'Test-only credentials',
    fields: [['awsAccessKeyId'], ['awsSecretAccessKey']],
  },
];
