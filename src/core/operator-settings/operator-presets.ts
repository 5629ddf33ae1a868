/** A ready-made operator configuration, as asya-operator chart values (YAML text). */
export interface OperatorPreset {
  id: 'rabbitmq-password-secret' | 'rabbitmq-inline-user' | 'sqs-localstack' | 'sqs-aws-irsa';
  title: string;
  text: string;
}

const rabbitmqPasswordSecret = `# asya-operator chart values: the chart defaults with \`transports\` at the top level,
# where the chart template reads them. The Secret must hold keys \`username\` and \`password\`
# in every actor namespace.
gatewayURL: http://asya-gateway.asya.svc.cluster.local:8080
sidecar:
  image: asya-sidecar:latest
controller:
  disableQueueManagement: false
transports:
  rabbitmq:
    enabled: true
    type: rabbitmq
    config:
      host: rabbitmq.default.svc.cluster.local
      port: 5672
      username: guest
      passwordSecretRef:
        name: rabbitmq-secret
        key: password
      queues:
        autoCreate: true
        forceRecreate: false
        dlq:
          enabled: true
          maxRetryCount: 3
  sqs:
    enabled: false
    type: sqs
`;

const rabbitmqInlineUser = `# RabbitMQ with an inline user and no password Secret: no TriggerAuthentication is created
# and KEDA connects as amqp://<username>@host:port. Queues are managed outside the operator.
sidecar:
  image: asya-sidecar:latest
controller:
  disableQueueManagement: true
transports:
  rabbitmq:
    enabled: true
    type: rabbitmq
    config:
      host: rabbitmq.default.svc.cluster.local
      port: 5672
      username: asya
      exchange: asya
      queues:
        autoCreate: true
        dlq:
          enabled: true
`;

const sqsLocalstack = `# SQS on LocalStack with static credentials from the Secret \`sqs-secret\` (actor namespace).
gatewayURL: http://asya-gateway.asya.svc.cluster.local:8080
sidecar:
  image: asya-sidecar:latest
controller:
  disableQueueManagement: false
transports:
  rabbitmq:
    enabled: false
    type: rabbitmq
  sqs:
    enabled: true
    type: sqs
    config:
      region: us-east-1
      accountId: "000000000000"
      endpoint: http://localstack-sqs.asya.svc.cluster.local:4566
      actorRoleArn: ""
      visibilityTimeout: 300
      waitTimeSeconds: 20
      queues:
        autoCreate: true
        dlq:
          enabled: true
          maxRetryCount: 3
          retentionDays: 14
      credentials:
        accessKeyIdSecretRef:
          name: sqs-secret
          key: access-key-id
        secretAccessKeySecretRef:
          name: sqs-secret
          key: secret-access-key
`;

const sqsAwsIrsa = `# SQS on AWS with IRSA: each actor gets a ServiceAccount annotated with actorRoleArn.
# KEDA gets no credentials from this setup (identityOwner: pod, no TriggerAuthentication).
gatewayURL: http://asya-gateway.asya-system.svc.cluster.local:8080
sidecar:
  image: asya-sidecar:latest
controller:
  disableQueueManagement: false
transports:
  sqs:
    enabled: true
    type: sqs
    config:
      region: eu-west-1
      accountId: "123456789012"
      actorRoleArn: arn:aws:iam::123456789012:role/asya-actors
      visibilityTimeout: 300
      waitTimeSeconds: 20
`;

export const operatorPresets: readonly OperatorPreset[] = [
  {
    id: 'rabbitmq-password-secret',
    title: 'RabbitMQ with a password Secret',
    text: rabbitmqPasswordSecret,
  },
  { id: 'rabbitmq-inline-user', title: 'RabbitMQ with an inline user', text: rabbitmqInlineUser },
  { id: 'sqs-localstack', title: 'SQS on LocalStack with key Secrets', text: sqsLocalstack },
  { id: 'sqs-aws-irsa', title: 'SQS on AWS with IRSA', text: sqsAwsIrsa },
];

export const defaultOperatorPresetId: OperatorPreset['id'] = 'rabbitmq-password-secret';

/**
 * The default preset's text on its own, so a new workspace can start from it without loading
 * every other preset (the test checks it is the text of `defaultOperatorPresetId`).
 */
export const defaultOperatorSettingsText = rabbitmqPasswordSecret;
