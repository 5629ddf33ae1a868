import { upstreamLink, type Diagnostic } from '@/core/diagnostics/index.ts';
import type { TransportEntry } from '@/core/operator-settings/index.ts';
import { queueAutoCreate, queueName, type ActorView } from './actor-spec.ts';
import type { BrokerSideEffect } from './operator-types.ts';

/**
 * Amazon SQS queue names: 1 to 80 letters, digits, hyphens and underscores (CreateQueue,
 * "QueueName" in the SQS API reference). The operator names the queue `asya-<actor>`, and an actor
 * name may contain dots (a DNS subdomain), so `orders.v2` gives a name SQS refuses.
 */
const sqsQueueName = /^[A-Za-z0-9_-]{1,80}$/;
const awsMessage =
  'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length';
const source = upstreamLink('asya', 'src/asya-operator/internal/transports/sqs.go', [39, 176]);

export interface QueueRefusal {
  /** The error `ReconcileQueue` returns, which ends the reconcile. */
  error: string;
  diagnostic: Diagnostic;
  /** The broker steps that still happen before the failing call. */
  effects: BrokerSideEffect[];
}

/**
 * `SQSTransport.ReconcileQueue` with a name SQS refuses: with autoCreate the shared DLQ is ensured
 * first and CreateQueue then fails; without it the queue is looked up and can never exist.
 */
export function sqsQueueRefusal(
  actor: ActorView,
  entry: TransportEntry,
  effects: BrokerSideEffect[],
): QueueRefusal | undefined {
  const queue = queueName(actor);
  if (entry.type !== 'sqs' || sqsQueueName.test(queue)) return undefined;
  const autoCreate = queueAutoCreate(entry.config);
  const error = autoCreate
    ? `failed to create SQS queue ${queue}: operation error SQS: CreateQueue, https response error StatusCode: 400, RequestID: <cluster: request id>, api error InvalidParameterValue: ${awsMessage}`
    : `queue ${queue} does not exist (autoCreate disabled): queues must be created externally in manual mode`;
  const kept = effects.filter((e) => e.queue !== queue);
  return {
    error,
    effects: [
      ...kept,
      {
        action: autoCreate ? 'CreateQueue refused by SQS' : 'GetQueueUrl finds no queue',
        queue,
        error,
      },
    ],
    diagnostic: {
      ruleId: 'operator/sqs-queue-name-invalid',
      severity: 'error',
      stage: 'operator',
      message: `The operator stops the reconcile: its SQS queue "${queue}" has a name SQS refuses (only letters, digits, - and _, at most 80 characters). ${autoCreate ? 'CreateQueue' : 'The queue lookup'} fails (${error}), so the operator creates no ConfigMap, no Deployment and no ScaledObject for this actor and retries forever.`,
      fix: 'Name the actor with lower-case letters, digits and - only, at most 75 characters (e.g. orders-v2).',
      path: ['name'],
      source,
    },
  };
}
