import { describe, expect, it } from 'vitest';
import {
  defaultOperatorPresetId,
  defaultOperatorSettingsText,
  operatorPresets,
  parseOperatorSettings,
  queueManagementDisabled,
} from './index.ts';

describe('parseOperatorSettings', () => {
  it.each(operatorPresets.map((p) => [p.id, p.text]))(
    'preset %s parses without problems',
    (_, text) => {
      const result = parseOperatorSettings(text);
      expect(result.diagnostics).toEqual([]);
      expect(result.settings?.transports).toBeDefined();
    },
  );

  it('has the four presets, the password-Secret one by default', () => {
    expect(operatorPresets.map((p) => p.id)).toEqual([
      'rabbitmq-password-secret',
      'rabbitmq-inline-user',
      'sqs-localstack',
      'sqs-aws-irsa',
    ]);
    expect(defaultOperatorPresetId).toBe('rabbitmq-password-secret');
    expect(operatorPresets.find((p) => p.id === defaultOperatorPresetId)?.text).toBe(
      defaultOperatorSettingsText,
    );
  });

  it('points at an unknown transport key, which would stop the operator', () => {
    const result = parseOperatorSettings(
      'transports:\n  sqs:\n    type: sqs\n    config:\n      regoin: eu-west-1\n',
    );
    expect(result.settings).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'operator-settings/unknown-key',
        path: ['transports', 'sqs', 'config', 'regoin'],
      }),
    ]);
  });

  it('refuses an unquoted account id (a number where the operator wants a string)', () => {
    const result = parseOperatorSettings(
      'transports:\n  sqs:\n    type: sqs\n    config:\n      accountId: 123456789012\n',
    );
    expect(result.diagnostics[0]).toMatchObject({
      ruleId: 'operator-settings/invalid-value',
      path: ['transports', 'sqs', 'config', 'accountId'],
    });
  });

  it('warns when transports sit under operator:, and reports broken YAML', () => {
    expect(parseOperatorSettings('operator:\n  transports: {}\n').diagnostics[0]?.ruleId).toBe(
      'operator-settings/nested-under-operator',
    );
    expect(parseOperatorSettings('a: [').diagnostics[0]?.ruleId).toBe('operator-settings/yaml');
  });

  it('keeps other asya-operator chart values', () => {
    expect(parseOperatorSettings('image:\n  tag: v1\n').settings).toEqual({ image: { tag: 'v1' } });
  });
});

describe('controller.disableQueueManagement as the asya-operator chart quotes it', () => {
  const read = (value: string) =>
    parseOperatorSettings(`transports: {}\ncontroller:\n  disableQueueManagement: ${value}\n`);

  it.each([
    ['true', true],
    ['"true"', true],
    ['yes', true],
    ['false', false],
    ['"false"', false],
    ['"True"', false],
    ['1', false],
    ['', false],
  ])('%s is valid and disables queue management: %s', (value, disabled) => {
    const result = read(value);
    expect(result.diagnostics).toEqual([]);
    expect(result.settings && queueManagementDisabled(result.settings)).toBe(disabled);
  });

  it('still refuses a map there', () => {
    expect(read('{a: 1}').diagnostics).not.toEqual([]);
  });
});
