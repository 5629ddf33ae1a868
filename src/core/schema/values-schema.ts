import { z } from 'zod';
import { optionalValue } from './optional-value.ts';
import { scalingSchema } from './scaling-schema.ts';
import { timeoutSchema } from './timeout-schema.ts';
import { workloadSchema } from './workload-schema.ts';

/** Label and annotation values: the README chart turns numbers and booleans into strings. */
const metadataMapSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
);

/**
 * The Helm values of one actor: every value the chart README documents, plus `labels`,
 * `annotations` and `nameOverride` (profile decisions D1, D6). The single definition of the
 * shape: types, form labels and help, and the editor's JSON Schema come from it. Parsing output
 * is never written back; unknown keys are reported by validation, not dropped from the text.
 */
export const valuesSchema = z
  .object({
    name: optionalValue(z.string()).meta({
      title: 'Actor name',
      description:
        'Name of the AsyncActor; the operator names its queue `asya-<name>` (the README says the name itself is the queue name). Lowercase letters, digits and `-`, at most 63 characters. Required: asya-test-actor defaults to `my-actor`, asya-actor to empty (which the API server rejects).',
      examples: ['echo-actor'],
    }),
    namespace: optionalValue(z.string()).meta({
      title: 'Namespace',
      description:
        'Kubernetes namespace of the actor (not the `helm -n` namespace). Default `my-namespace` in asya-test-actor, `default` in asya-actor.',
      examples: ['asya'],
    }),
    transport: optionalValue(z.string()).meta({
      title: 'Transport',
      description:
        'Name of a transport configured in the operator: `rabbitmq` or `sqs`. Required; asya-test-actor defaults to `rabbitmq`, asya-actor to empty (rejected).',
      examples: ['rabbitmq', 'sqs'],
    }),
    nameOverride: optionalValue(z.string()).meta({
      title: 'Chart name override',
      description:
        'Replaces the chart name in the `app.kubernetes.io/name` label (asya-test-actor only; not in the README).',
    }),
    labels: optionalValue(metadataMapSchema).meta({
      title: 'Labels',
      description:
        'Extra labels on the AsyncActor, after the five standard Helm labels. asya-test-actor applies them; asya-actor ignores them.',
      examples: [{ team: 'ml' }],
    }),
    annotations: optionalValue(metadataMapSchema).meta({
      title: 'Annotations',
      description:
        'Annotations on the AsyncActor. asya-test-actor applies them; asya-actor ignores them.',
    }),
    scaling: optionalValue(scalingSchema),
    workload: optionalValue(workloadSchema),
    timeout: optionalValue(timeoutSchema),
    awsAccessKeyId: optionalValue(z.string()).meta({
      title: 'AWS access key ID (tests only)',
      description:
        "Used only by the chart's `helm test` pods for SQS. It ends up in plain text in the release: prefer IRSA or a Secret.",
      secret: true,
    }),
    awsSecretAccessKey: optionalValue(z.string()).meta({
      title: 'AWS secret access key (tests only)',
      description:
        "Used only by the chart's `helm test` pods for SQS. It ends up in plain text in the release: prefer IRSA or a Secret.",
      secret: true,
    }),
  })
  .meta({ title: 'Asya actor values', description: 'Helm values of one Asya AsyncActor.' });

export type ValuesInput = z.input<typeof valuesSchema>;
export type Values = z.output<typeof valuesSchema>;
