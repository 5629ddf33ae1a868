import { describe, expect, it } from 'vitest';
import { findSecretPaths } from './find-secret-paths.ts';
import { isSecretEnvName, isSecretKey, mightHoldSecret } from './secret-names.ts';

describe('secret names', () => {
  it.each([
    'awsAccessKeyId',
    'awsSecretAccessKey',
    'password',
    'secretAccessKey',
    'accessKeyId',
    'apiToken',
    'client_secret',
    'credentials',
  ])('%s holds a secret', (key) => expect(isSecretKey(key)).toBe(true));
  it.each([
    'passwordSecretRef',
    'secretName',
    'existingSecret',
    'secretKeyRef',
    'username',
    'key',
    'accountId',
  ])('%s does not hold one', (key) => expect(isSecretKey(key)).toBe(false));
  it.each([
    'DB_PASSWORD',
    'HF_TOKEN',
    'AWS_ACCESS_KEY_ID',
    'OPENAI_API_KEY',
    'MY_SECRET',
    'GCP_CREDENTIALS',
  ])('%s is a secret env var', (name) => expect(isSecretEnvName(name)).toBe(true));
  it('never rules out a text holding a secret key or env var name', () => {
    for (const name of [
      'awsAccessKeyId',
      'client_secret',
      'api-key',
      'DB_PWD',
      'HF_TOKEN',
      'GCP_CREDENTIALS',
    ]) {
      expect(mightHoldSecret(`a: 1\n${name}: x\n`)).toBe(true);
    }
    expect(mightHoldSecret('name: echo-actor\nnamespace: asya\n')).toBe(false);
  });
  it.each(['ASYA_HANDLER', 'MONKEY_BUSINESS', 'KEYBOARD', 'PATH'])('%s is not', (name) =>
    expect(isSecretEnvName(name)).toBe(false),
  );
});

describe('findSecretPaths', () => {
  it('finds filled secret scalars and secret env values, not empty ones, refs or booleans', () => {
    const values = {
      awsAccessKeyId: 'AKIA123',
      awsSecretAccessKey: '',
      tokenEnabled: true,
      workload: {
        template: {
          spec: {
            containers: [
              {
                env: [
                  { name: 'ASYA_HANDLER', value: 'h.echo' },
                  { name: 'HF_TOKEN', value: 'hf_abc' },
                  {
                    name: 'DB_PASSWORD',
                    valueFrom: { secretKeyRef: { name: 'db', key: 'password' } },
                  },
                  { name: 'API_KEY', value: 1234 },
                ],
              },
            ],
          },
        },
      },
      transports: {
        rabbitmq: {
          config: { passwordSecretRef: { name: 's', key: 'password' }, password: 'hunter2' },
        },
      },
    };
    expect(findSecretPaths(values)).toEqual([
      ['awsAccessKeyId'],
      ['workload', 'template', 'spec', 'containers', 0, 'env', 1, 'value'],
      ['workload', 'template', 'spec', 'containers', 0, 'env', 3, 'value'],
      ['transports', 'rabbitmq', 'config', 'password'],
    ]);
  });
});
