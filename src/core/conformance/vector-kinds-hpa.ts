import {
  applyBehaviorRate,
  applyLegacyRules,
  defaultScaleDownRules,
  defaultScaleUpRules,
  mergeScalingRules,
  replicasChangePerPeriod,
  scaleDownLimit,
  scaleUpLimit,
  stabilizeLegacy,
  stabilizeWithBehaviors,
  type HpaBehavior,
  type ScalingPolicy,
  type ScalingRules,
  type SelectPolicy,
} from '@/core/autoscaling/hpa-behavior.ts';
import { hpaSync, type HpaMetric } from '@/core/autoscaling/hpa-controller.ts';
import {
  averageValueProposal,
  defaultTolerances,
  milliForReport,
  replicasFromUsageRatio,
  sumMilliExact,
  valueProposal,
  type Tolerances,
} from '@/core/autoscaling/hpa-replica-calc.ts';
import {
  isObject,
  list,
  num,
  obj,
  str,
  timedList,
  VectorInputError,
  type Json,
  type JsonObject,
} from './vector-input.ts';

export type Actual = Record<string, unknown>;

function tolerances(input: JsonObject): Tolerances {
  const t = obj(input, 'tolerance');
  return t ? { down: num(t, 'down', 0.1), up: num(t, 'up', 0.1) } : defaultTolerances;
}

function milliList(input: JsonObject, key: string): (number | string)[] {
  return list(input, key).map((v) => {
    if (typeof v === 'number' || typeof v === 'string') return v;
    throw new VectorInputError(`input.${key} must hold numbers`);
  });
}

function rules(value: Json | undefined, defaults: ScalingRules): ScalingRules {
  if (value === undefined || value === null || value === 'defaults') return defaults;
  if (!isObject(value)) throw new VectorInputError('scaling rules must be an object or "defaults"');
  const policies =
    value.policies === undefined
      ? undefined
      : list(value, 'policies').map((p): ScalingPolicy => {
          if (!isObject(p)) throw new VectorInputError('a policy must be an object');
          const type = str(p, 'type');
          if (type !== 'Pods' && type !== 'Percent')
            throw new VectorInputError(`unknown policy type ${type}`);
          return { type, value: num(p, 'value'), periodSeconds: num(p, 'periodSeconds') };
        });
  const selectPolicy =
    value.selectPolicy === undefined ? undefined : (str(value, 'selectPolicy') as SelectPolicy);
  const window = value.stabilizationWindowSeconds;
  return mergeScalingRules(
    {
      ...(policies ? { policies } : {}),
      ...(selectPolicy ? { selectPolicy } : {}),
      ...(window !== undefined
        ? {
            stabilizationWindowSeconds:
              window === null ? null : num(value, 'stabilizationWindowSeconds'),
          }
        : {}),
    },
    defaults,
  );
}

function behavior(value: Json | undefined): HpaBehavior | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) throw new VectorInputError('behavior must be an object or null');
  return {
    scaleUp: rules(value.scaleUp, defaultScaleUpRules),
    scaleDown: rules(value.scaleDown, defaultScaleDownRules),
  };
}

function metric(value: Json): HpaMetric {
  if (value === null) return null;
  if (!isObject(value)) throw new VectorInputError('a metric must be an object');
  const targetType = str(value, 'targetType');
  if (targetType !== 'Value' && targetType !== 'AverageValue')
    throw new VectorInputError(`target type ${targetType} is not an external/object metric type`);
  return {
    targetType,
    targetMilli: num(value, 'targetMilli'),
    metricMilli: milliList(value, 'metricMilli'),
  };
}

function sync(input: JsonObject): Actual {
  const history = input.recommendationHistory;
  const state = {
    recommendations:
      history === undefined || history === null
        ? null
        : timedList(input, 'recommendationHistory', 'recommendation'),
    upEvents: timedList(input, 'scaleUpEvents', 'change'),
    downEvents: timedList(input, 'scaleDownEvents', 'change'),
  };
  const metrics =
    input.metrics !== undefined
      ? list(input, 'metrics').map(metric)
      : input.metric !== undefined && input.metric !== null
        ? [metric(input.metric)]
        : [];
  const statusReplicas = num(input, 'statusReplicas', num(input, 'specReplicas'));
  const result = hpaSync(
    state,
    {
      minReplicas: num(input, 'minReplicas', 1),
      maxReplicas: num(input, 'maxReplicas'),
      behavior: behavior(input.behavior),
      tolerances: tolerances(input),
      downscaleWindowSeconds: num(input, 'downscaleStabilizationWindowSeconds', 300),
      scaleUpLimitFactor: num(input, 'scaleUpLimitFactor', 2),
      scaleUpLimitMinimum: num(input, 'scaleUpLimitMinimum', 4),
    },
    {
      specReplicas: num(input, 'specReplicas'),
      statusReplicas,
      readyPods: num(input, 'readyPods', statusReplicas),
      metrics,
      ...(input.prenormalizedDesiredReplicas !== undefined
        ? { prenormalizedDesiredReplicas: num(input, 'prenormalizedDesiredReplicas') }
        : {}),
      now: 0,
    },
  );
  return {
    desiredReplicas: result.desiredReplicas,
    condition: result.conditions.map((c) => `${c.type}=${c.status}/${c.reason}`),
  };
}

function valueKind(input: JsonObject): Actual {
  const r = valueProposal({
    currentReplicas: num(input, 'currentReplicas'),
    readyPods: num(input, 'readyPods', num(input, 'currentReplicas')),
    metricMilli: milliList(input, 'metricMilli'),
    targetMilli: num(input, 'targetMilli'),
    tolerances: tolerances(input),
  });
  return {
    replicas: r.replicas,
    usageMilli: milliForReport(sumMilliExact(milliList(input, 'metricMilli'))),
  };
}

function averageValueKind(input: JsonObject): Actual {
  const r = averageValueProposal({
    statusReplicas: num(input, 'statusReplicas'),
    metricMilli: milliList(input, 'metricMilli'),
    targetAverageMilli: num(input, 'targetAverageMilli'),
    tolerances: tolerances(input),
  });
  const usage = sumMilliExact(milliList(input, 'metricMilli'));
  const pods = BigInt(num(input, 'statusReplicas'));
  // Go: int64(math.Ceil(float64(usage) / float64(statusReplicas))); exact while the numbers are small.
  const perPod =
    pods > 0n && usage > BigInt(Number.MAX_SAFE_INTEGER)
      ? milliForReport((usage + pods - 1n) / pods)
      : r.usagePerPodMilli;
  return { replicas: r.replicas, usagePerPodMilli: perPod };
}

/** The HPA kinds of hpa-vectors.json, each computed by the studio's own HPA code. */
export const hpaVectorKinds: Readonly<Record<string, (input: JsonObject) => Actual>> = {
  // Object metrics use the same helpers as external ones (replica_calculator.go).
  'replicaCalc.externalValue': valueKind,
  'replicaCalc.objectValue': valueKind,
  'replicaCalc.externalAverageValue': averageValueKind,
  'replicaCalc.objectAverageValue': averageValueKind,
  'replicaCalc.usageRatio': (input) => ({
    replicas: replicasFromUsageRatio(
      num(input, 'currentReplicas'),
      num(input, 'readyPods', num(input, 'currentReplicas')),
      num(input, 'usageRatio'),
      tolerances(input),
    ),
  }),
  'controller.sync': sync,
  'controller.convertDesiredReplicasWithRules': (input) =>
    applyLegacyRules({
      currentReplicas: num(input, 'currentReplicas'),
      desiredReplicas: num(input, 'prenormalizedDesiredReplicas'),
      minReplicas: num(input, 'minReplicas'),
      maxReplicas: num(input, 'maxReplicas'),
      scaleUpLimitFactor: num(input, 'scaleUpLimitFactor', 2),
      scaleUpLimitMinimum: num(input, 'scaleUpLimitMinimum', 4),
    }) as unknown as Actual,
  'controller.stabilizeLegacy': (input) => {
    const history = timedList(input, 'history', 'recommendation');
    const stabilized = stabilizeLegacy(
      history,
      num(input, 'prenormalizedDesiredReplicas'),
      num(input, 'windowSeconds'),
      0,
    );
    return {
      stabilized,
      historyLengthAfter: history.length,
      historyAfter: history.map((h) => h.value),
    };
  },
  'controller.stabilizeWithBehaviors': (input) => {
    const history = timedList(input, 'history', 'recommendation');
    const r = stabilizeWithBehaviors({
      history,
      currentReplicas: num(input, 'currentReplicas'),
      desiredReplicas: num(input, 'prenormalizedDesiredReplicas'),
      scaleUpWindowSeconds: num(input, 'scaleUpWindowSeconds', 0),
      scaleDownWindowSeconds: num(input, 'scaleDownWindowSeconds', 0),
      now: 0,
    });
    return {
      stabilized: r.replicas,
      reason: r.reason,
      historyAfter: history.map((h) => h.value),
      historyLengthAfter: history.length,
    };
  },
  'controller.behaviorRate': (input) =>
    applyBehaviorRate({
      currentReplicas: num(input, 'currentReplicas'),
      desiredReplicas: num(input, 'prenormalizedDesiredReplicas'),
      minReplicas: num(input, 'minReplicas'),
      maxReplicas: num(input, 'maxReplicas'),
      behavior: {
        scaleUp: rules(input.scaleUp, defaultScaleUpRules),
        scaleDown: rules(input.scaleDown, defaultScaleDownRules),
      },
      upEvents: timedList(input, 'scaleUpEvents', 'change'),
      downEvents: timedList(input, 'scaleDownEvents', 'change'),
      now: 0,
    }) as unknown as Actual,
  'controller.scaleLimit': (input) => {
    const direction = str(input, 'direction');
    const args = [
      num(input, 'currentReplicas'),
      timedList(input, 'scaleUpEvents', 'change'),
      timedList(input, 'scaleDownEvents', 'change'),
    ] as const;
    const given = obj(input, 'rules');
    if (direction === 'up')
      return { limit: scaleUpLimit(...args, rules(given, defaultScaleUpRules), 0) };
    if (direction === 'down')
      return { limit: scaleDownLimit(...args, rules(given, defaultScaleDownRules), 0) };
    throw new VectorInputError(`direction must be up or down, not ${direction}`);
  },
  'controller.replicasChangePerPeriod': (input) => ({
    sum: replicasChangePerPeriod(
      num(input, 'periodSeconds'),
      timedList(input, 'events', 'change'),
      0,
    ),
  }),
};
