import type { ChartProfileId } from '@/core/chart/chart-profile.ts';
import {
  operatorPresets,
  parseOperatorSettings,
  type OperatorSettings,
} from '@/core/operator-settings/index.ts';
import { runPipeline } from '@/core/pipeline/index.ts';
import { scalingModelFromPipeline, type ScalingModel } from './scaling-model.ts';

/** The operator settings of a shipped preset (the default RabbitMQ one, or SQS on AWS for sqs actors). */
export function presetOperatorSettings(transport: unknown): OperatorSettings | undefined {
  const id = transport === 'sqs' ? 'sqs-aws-irsa' : 'rabbitmq-password-secret';
  const preset = operatorPresets.find((p) => p.id === id);
  return preset ? parseOperatorSettings(preset.text).settings : undefined;
}

/**
 * The scaling model of a values document run through the whole pipeline (chart, API server,
 * operator, KEDA) with the given operator settings, or a shipped preset that serves its
 * transport: for the burst preset, the bench and tests, which have no operator settings of their own.
 */
export function scalingModelOfValues(
  values: unknown,
  profile: ChartProfileId = 'asya-test-actor',
  operatorSettings?: OperatorSettings,
): ScalingModel {
  const transport =
    values !== null && typeof values === 'object' && !Array.isArray(values)
      ? (values as Record<string, unknown>).transport
      : undefined;
  const settings = operatorSettings ?? presetOperatorSettings(transport);
  return scalingModelFromPipeline(
    runPipeline(values, { profile, ...(settings ? { operatorSettings: settings } : {}) }),
  );
}
