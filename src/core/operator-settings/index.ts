export {
  operatorSettingsSchema,
  queueManagementDisabled,
  rabbitmqConfigSchema,
  sqsConfigSchema,
} from './operator-settings-schema.ts';
export type {
  OperatorSettings,
  TransportEntry,
  RabbitmqConfig,
  SqsConfig,
} from './operator-settings-schema.ts';
export { parseOperatorSettings, type ParsedOperatorSettings } from './parse-operator-settings.ts';
export {
  operatorPresets,
  defaultOperatorPresetId,
  defaultOperatorSettingsText,
  type OperatorPreset,
} from './operator-presets.ts';
