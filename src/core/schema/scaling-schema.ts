import { z } from 'zod';
import { optionalValue } from './optional-value.ts';

export const metricTypes = ['AverageValue', 'Value', 'Utilization'] as const;

/** `scaling.advanced`: KEDA scaling modifiers. */
export const advancedScalingSchema = z
  .object({
    formula: optionalValue(z.string()).meta({
      title: 'Formula',
      description:
        'Custom scaling formula over `queueLength` (messages in the queue), e.g. `ceil(queueLength / 10)`. Empty means no formula. Note: KEDA compiles formulas against trigger names, and the operator leaves its trigger unnamed, so KEDA refuses any formula that names a variable today.',
      examples: ['ceil(queueLength / 10)', 'min(ceil(queueLength / 5), 20)'],
    }),
    target: optionalValue(z.union([z.string(), z.number()])).meta({
      title: 'Target',
      description:
        'Target value for the formula\'s metric, written as a string (`"10"`). KEDA requires it whenever a formula is set. asya-test-actor quotes a number for you; asya-actor passes a number through and the CRD rejects it.',
      examples: ['10'],
    }),
    activationTarget: optionalValue(z.union([z.string(), z.number()])).meta({
      title: 'Activation target',
      description:
        'Threshold to scale from 0 to 1 replica: `"10"` scales up once the queue holds more than 10 messages. Without it, any message wakes the actor.',
      examples: ['5'],
    }),
    metricType: optionalValue(z.enum(metricTypes)).meta({
      title: 'Metric type',
      description:
        '`AverageValue` (per pod, the default), `Value` (absolute) or `Utilization` (percentage; KEDA refuses it for scaling modifiers).',
      examples: ['AverageValue'],
    }),
    restoreToOriginalReplicaCount: optionalValue(z.boolean()).meta({
      title: 'Restore replica count on delete',
      description:
        'When the ScaledObject is deleted, scale the workload back to its original replica count. Default false.',
    }),
  })
  .meta({
    title: 'Advanced scaling modifiers',
    description:
      'KEDA advanced scaling modifiers. Rendered only while scaling is enabled and at least one of them is set.',
  });

/** `scaling`: the KEDA ScaledObject the operator creates. */
export const scalingSchema = z
  .object({
    enabled: optionalValue(z.boolean()).meta({
      title: 'Enable autoscaling',
      description:
        'Enable KEDA autoscaling. Default true in both charts. When off, only `enabled: false` is rendered and the other scaling values are dropped.',
    }),
    minReplicas: optionalValue(z.int().min(0)).meta({
      title: 'Minimum replicas',
      description:
        'Fewest replicas KEDA keeps; 0 scales to zero when the queue is idle. Default 0 in asya-test-actor, 1 in asya-actor.',
      examples: [0, 1],
    }),
    maxReplicas: optionalValue(z.int().min(1)).meta({
      title: 'Maximum replicas',
      description: 'Most replicas KEDA starts. Default 10 (the CRD alone would default to 50).',
      examples: [10],
    }),
    pollingInterval: optionalValue(z.int()).meta({
      title: 'Polling interval (s)',
      description: 'How often KEDA checks the queue, in seconds. Default 10.',
      examples: [10],
    }),
    cooldownPeriod: optionalValue(z.int()).meta({
      title: 'Cool-down period (s)',
      description:
        'Seconds to wait after the last active check before scaling back to zero. Default 60.',
      examples: [60],
    }),
    queueLength: optionalValue(z.int().min(1)).meta({
      title: 'Messages per replica',
      description:
        'Target queue length per replica: KEDA adds a replica for every this many waiting messages. Default 5.',
      examples: [5],
    }),
    advanced: optionalValue(advancedScalingSchema),
  })
  .meta({
    title: 'Scaling (KEDA)',
    description:
      'KEDA autoscaling. asya-test-actor merges your keys into its defaults; asya-actor replaces its whole default block with yours, so keys you leave out fall back to CRD defaults.',
  });

export type ScalingInput = z.input<typeof scalingSchema>;
export type Scaling = z.output<typeof scalingSchema>;
