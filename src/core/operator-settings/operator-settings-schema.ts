import { z } from 'zod';

/**
 * The asya-operator chart values the operator reads (asya-operator.md §3, §6): the format of the
 * golden `transport.yaml`. The transport registry is decoded strictly by the operator (an unknown
 * key stops it at start-up), so those objects are strict; the rest of the chart values are loose.
 */
const secretRef = z.strictObject({ name: z.string(), key: z.string() });

const queues = z.strictObject({
  autoCreate: z.boolean().optional(),
  forceRecreate: z.boolean().optional(),
  dlq: z
    .strictObject({
      enabled: z.boolean().optional(),
      maxRetryCount: z.number().int().optional(),
      retentionDays: z.number().int().optional(),
    })
    .optional(),
});

export const rabbitmqConfigSchema = z.strictObject({
  host: z.string().optional(),
  port: z.number().int().optional(),
  username: z.string().optional(),
  passwordSecretRef: secretRef.optional(),
  exchange: z.string().optional(),
  queues: queues.optional(),
});

export const sqsConfigSchema = z.strictObject({
  region: z.string().optional(),
  accountId: z.string().optional(),
  endpoint: z.string().optional(),
  actorRoleArn: z.string().optional(),
  visibilityTimeout: z.number().int().optional(),
  waitTimeSeconds: z.number().int().optional(),
  credentials: z
    .strictObject({
      accessKeyIdSecretRef: secretRef.optional(),
      secretAccessKeySecretRef: secretRef.optional(),
    })
    .optional(),
  queues: queues.optional(),
  tags: z.record(z.string(), z.string()).optional(),
});

const transportEntry = z.discriminatedUnion('type', [
  z.strictObject({
    enabled: z.boolean().optional(),
    type: z.literal('rabbitmq'),
    config: rabbitmqConfigSchema.optional(),
  }),
  z.strictObject({
    enabled: z.boolean().optional(),
    type: z.literal('sqs'),
    config: sqsConfigSchema.optional(),
  }),
]);

export const operatorSettingsSchema = z.looseObject({
  transports: z.record(z.string(), transportEntry).optional(),
  gatewayURL: z.string().optional(),
  sidecar: z.looseObject({ image: z.string().optional() }).optional(),
  controller: z
    .looseObject({
      // The chart passes it through `quote` into ASYA_DISABLE_QUEUE_MANAGEMENT, so any scalar
      // works; only the text "true" turns queue management off (queueManagementDisabled).
      disableQueueManagement: z.union([z.boolean(), z.string(), z.number()]).nullish(),
      queueHealthCheckInterval: z.unknown().optional(),
    })
    .optional(),
});

export type OperatorSettings = z.infer<typeof operatorSettingsSchema>;
export type TransportEntry = z.infer<typeof transportEntry>;
export type RabbitmqConfig = z.infer<typeof rabbitmqConfigSchema>;
export type SqsConfig = z.infer<typeof sqsConfigSchema>;

/**
 * deliveryhero/asya@23d62b0: the asya-operator chart writes
 * `{{ .Values.controller.disableQueueManagement | quote }}` into ASYA_DISABLE_QUEUE_MANAGEMENT, and
 * isQueueManagementEnabled() compares it with exactly "true": `true` and `"true"` disable queue
 * management (so does `yes`, a boolean to Helm), anything else (`"True"`, `1`, nothing) leaves it on.
 */
export function queueManagementDisabled(settings: OperatorSettings): boolean {
  const value = settings.controller?.disableQueueManagement;
  return value !== undefined && value !== null && String(value) === 'true';
}
