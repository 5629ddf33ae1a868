import type { TransportEntry } from '@/core/operator-settings/index.ts';
import { queueAutoCreate, queueName, type ActorView } from './actor-spec.ts';
import type { BrokerSideEffect } from './operator-types.ts';

function rabbitmqEffects(
  actor: ActorView,
  entry: Extract<TransportEntry, { type: 'rabbitmq' }>,
): BrokerSideEffect[] {
  const config = entry.config ?? {};
  const queue = queueName(actor);
  if (!queueAutoCreate(config)) {
    return [
      {
        action: 'passive declare (autoCreate disabled: a missing queue fails the reconcile)',
        queue,
      },
    ];
  }
  const effects: BrokerSideEffect[] = [];
  if (config.exchange)
    effects.push({
      action: 'declare exchange',
      exchange: config.exchange,
      type: 'topic',
      durable: true,
    });
  const dlq = config.queues?.dlq?.enabled === true;
  if (dlq) effects.push({ action: 'declare queue', queue: `${queue}-dlq`, durable: true });
  const declare: BrokerSideEffect = { action: 'declare queue', queue, durable: true };
  if (dlq)
    declare.arguments = {
      'x-dead-letter-exchange': '',
      'x-dead-letter-routing-key': `${queue}-dlq`,
    };
  effects.push(declare);
  if (config.exchange)
    effects.push({ action: 'bind queue', queue, exchange: config.exchange, routingKey: queue });
  return effects;
}

function sqsEffects(
  actor: ActorView,
  entry: Extract<TransportEntry, { type: 'sqs' }>,
): BrokerSideEffect[] {
  const config = entry.config ?? {};
  const queue = queueName(actor);
  if (!queueAutoCreate(config)) {
    return [
      {
        action:
          'verify queue (autoCreate disabled: a missing queue or a different VisibilityTimeout fails the reconcile)',
        queue,
      },
    ];
  }
  const dlq = config.queues?.dlq;
  const effects: BrokerSideEffect[] = [];
  const attributes: Record<string, string> = {
    VisibilityTimeout: String(config.visibilityTimeout ?? 0),
    MessageRetentionPeriod: '345600',
  };
  if (dlq?.enabled === true) {
    effects.push({
      action: 'ensure shared DLQ (created once per account/region, never deleted by the operator)',
      queue: 'asya-dlq',
      attributes: { MessageRetentionPeriod: String((dlq.retentionDays ?? 14) * 86400) },
      tags: { 'asya.sh/type': 'dlq', ...config.tags },
    });
    attributes.RedrivePolicy = JSON.stringify({
      deadLetterTargetArn: '<arn of asya-dlq>',
      maxReceiveCount: dlq.maxRetryCount ?? 3,
    });
  }
  effects.push({
    action: 'CreateQueue (when missing, or deleted and recreated when VisibilityTimeout differs)',
    queue,
    attributes,
    tags: { 'asya.sh/actor': actor.name, 'asya.sh/namespace': actor.namespace, ...config.tags },
  });
  return effects;
}

/** Queue reconciliation (asya-operator.md §4.4): what the operator does on the broker. */
export function brokerSideEffects(actor: ActorView, entry: TransportEntry): BrokerSideEffect[] {
  return entry.type === 'rabbitmq' ? rabbitmqEffects(actor, entry) : sqsEffects(actor, entry);
}
