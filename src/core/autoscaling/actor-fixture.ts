import type { ChartProfileId } from '@/core/chart/chart-profile.ts';
import { burstPreset } from './burst-preset.ts';
import type { ScalingModel } from './scaling-model.ts';
import { scalingModelOfValues } from './values-model.ts';

/**
 * Values for tests: an actor the operator accepts (a name and the runtime container of the burst
 * preset), with the given keys on top, so the pipeline reaches the ScaledObject.
 */
export function actorValues(values: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'actor', workload: burstPreset.values.workload, ...values };
}

/** The scaling model of `actorValues(values)` through the whole pipeline. */
export function actorModel(
  values: Record<string, unknown> = {},
  profile: ChartProfileId = 'asya-test-actor',
): ScalingModel {
  return scalingModelOfValues(actorValues(values), profile);
}
