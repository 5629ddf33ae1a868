import { upstreamLink } from '@/core/diagnostics/upstream-source.ts';
import { scenarioSchema, type Scenario } from './scenario-schema.ts';

/**
 * The reference's burst example (keda-hpa.md §5): 500 messages, queueLength 5, max 50, under the
 * operator's fixed HPA behavior. Processing is slow enough (60 s per message) that the queue stays
 * above 250 until max is reached, as the example assumes.
 */
export const burstPreset: {
  name: string;
  values: Record<string, unknown>;
  scenario: Scenario;
  expectedSteps: readonly { atSeconds: number; replicas: number }[];
  /** The upstream code the expected steps follow. */
  sources: readonly { label: string; url: string }[];
} = {
  name: 'Burst: 500 messages, queueLength 5, max 50',
  values: {
    name: 'burst',
    transport: 'rabbitmq',
    workload: {
      template: { spec: { containers: [{ name: 'asya-runtime', image: 'my-actor:latest' }] } },
    },
    scaling: {
      enabled: true,
      minReplicas: 0,
      maxReplicas: 50,
      pollingInterval: 10,
      cooldownPeriod: 60,
      queueLength: 5,
    },
  },
  scenario: scenarioSchema.parse({
    durationSeconds: 900,
    initialBacklog: 500,
    arrivals: { kind: 'constant', ratePerSecond: 0 },
    processingSecondsPerMessage: 60,
    podStartupSeconds: 10,
  }),
  /** Seconds after activation (KEDA's first poll at t = 0) and the replica count reached then. */
  expectedSteps: [
    { atSeconds: 0, replicas: 1 },
    { atSeconds: 15, replicas: 11 },
    { atSeconds: 75, replicas: 22 },
    { atSeconds: 135, replicas: 44 },
    { atSeconds: 195, replicas: 50 },
  ],
  sources: [
    {
      label: "the operator's scale-up policies",
      url: upstreamLink('asya', 'src/asya-operator/internal/controller/keda.go', [125, 150]),
    },
    {
      label: 'as the HPA applies them',
      url: upstreamLink('kubernetesTypes', 'pkg/controller/podautoscaler/horizontal.go'),
    },
  ],
};

/** What the Asya docs promise, shown beside the simulated burst. */
export const asyaDocsScaleUpClaim = {
  text: '0 → 50 in ~30-60 seconds',
  /** The seconds the claim allows at most, for the comparison with the simulation. */
  upToSeconds: 60,
  source: upstreamLink('asya', 'docs/architecture/autoscaling.md', 108),
} as const;
