import type { TransportEntry } from '@/core/operator-settings/index.ts';
import { queueAutoCreate } from './actor-spec.ts';

type EnvVar = Record<string, unknown>;

const plain = (name: string, value: string): EnvVar => ({ name, value });
const secret = (name: string, ref: { name: string; key: string }): EnvVar => ({
  name,
  valueFrom: { secretKeyRef: { name: ref.name, key: ref.key } },
});

/** `BuildEnvVars` (internal/config/transport_config.go): the sidecar's transport variables, in order. */
export function transportEnv(entry: TransportEntry): EnvVar[] {
  if (entry.type === 'rabbitmq') {
    const config = entry.config ?? {};
    const env = [
      plain('ASYA_TRANSPORT', 'rabbitmq'),
      plain('ASYA_RABBITMQ_HOST', config.host ?? ''),
      plain('ASYA_RABBITMQ_PORT', String(config.port || 5672)),
      plain('ASYA_RABBITMQ_USERNAME', config.username || 'guest'),
    ];
    if (config.passwordSecretRef)
      env.push(secret('ASYA_RABBITMQ_PASSWORD', config.passwordSecretRef));
    if (config.exchange) env.push(plain('ASYA_RABBITMQ_EXCHANGE', config.exchange));
    env.push(plain('ASYA_QUEUE_AUTO_CREATE', String(queueAutoCreate(config))));
    return env;
  }
  const config = entry.config ?? {};
  const env = [plain('ASYA_TRANSPORT', 'sqs')];
  if (config.region) env.push(plain('ASYA_AWS_REGION', config.region));
  if (config.endpoint) env.push(plain('ASYA_SQS_ENDPOINT', config.endpoint));
  if ((config.visibilityTimeout ?? 0) > 0)
    env.push(plain('ASYA_SQS_VISIBILITY_TIMEOUT', String(config.visibilityTimeout)));
  if ((config.waitTimeSeconds ?? 0) > 0)
    env.push(plain('ASYA_SQS_WAIT_TIME_SECONDS', String(config.waitTimeSeconds)));
  const credentials = config.credentials;
  if (credentials?.accessKeyIdSecretRef)
    env.push(secret('AWS_ACCESS_KEY_ID', credentials.accessKeyIdSecretRef));
  if (credentials?.secretAccessKeySecretRef)
    env.push(secret('AWS_SECRET_ACCESS_KEY', credentials.secretAccessKeySecretRef));
  return env;
}
