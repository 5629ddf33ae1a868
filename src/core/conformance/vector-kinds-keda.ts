import { compileExpression } from '@/core/formula-engine/formula-engine.ts';
import { hpaSync, newHpaState } from '@/core/autoscaling/hpa-controller.ts';
import {
  averageValueProposal,
  defaultTolerances,
  toMilli,
  valueProposal,
} from '@/core/autoscaling/hpa-replica-calc.ts';
import { admitScaledObject, isUsingModifiers } from '@/core/keda/keda-admission.ts';
import { evaluateKedaFormula, kedaCompositeValue } from '@/core/keda/keda-formula.ts';
import {
  cooldownElapsed as kedaCooldownElapsed,
  fallbackError,
  fallbackMetric,
  forceActivationAnnotation,
  kedaExecutorStep,
  normaliseKedaFormula,
  pairTriggerAndMetric,
  rabbitmqQueueLength,
  replicaBoundsError,
  scalerDefaults,
  sqsQueueLength,
  triggerValueGate,
  type FallbackSpec,
  type TriggerSpec,
} from '@/core/keda/keda.ts';
import type { Actual } from './vector-kinds-hpa.ts';
import {
  isObject,
  list,
  num,
  numOrNull,
  obj,
  str,
  VectorInputError,
  type JsonObject,
} from './vector-input.ts';

function fallbackSpec(input: JsonObject, key = 'fallback'): FallbackSpec | null {
  const f = obj(input, key);
  if (!f) return null;
  return {
    failureThreshold: num(f, 'failureThreshold', 3),
    replicas: num(f, 'replicas', 0),
    ...(typeof f.behavior === 'string' ? { behavior: f.behavior } : {}),
  };
}

function triggers(input: JsonObject): TriggerSpec[] {
  return list(input, 'triggers').map((t) => {
    if (!isObject(t)) throw new VectorInputError('a trigger must be an object');
    return {
      type: str(t, 'type'),
      ...(typeof t.name === 'string' ? { name: t.name } : {}),
      ...(typeof t.metricType === 'string' ? { metricType: t.metricType } : {}),
    };
  });
}

function variables(input: JsonObject): Record<string, number | null> {
  const v = obj(input, 'variables') ?? {};
  return Object.fromEntries(Object.keys(v).map((k) => [k, numOrNull(v, k)]));
}

/** Replicas KEDA + HPA settle on for one composite value with the workload at `current` (no history). */
function replicasFor(value: number, input: JsonObject): number {
  const target = Number(str(input, 'target', '1'));
  const min = num(input, 'minReplicaCount', 0);
  const max = num(input, 'maxReplicaCount', 100);
  const current = num(input, 'currentReplicas', 0);
  const activation = Number(str(input, 'activationTarget', '0') || '0');
  const poll = kedaExecutorStep({
    minReplicaCount: min,
    idleReplicaCount: null,
    currentReplicas: current,
    isActive: value > activation,
    isError: false,
    cooldownElapsed: true,
  });
  if (poll.replicas === 0) return 0;
  const metricMilli = [toMilli(value)];
  const targetMilli = toMilli(target);
  const strict = { down: 0, up: 0 };
  const proposal =
    str(input, 'metricType', 'AverageValue') === 'Value'
      ? valueProposal({
          currentReplicas: 0,
          readyPods: 0,
          metricMilli,
          targetMilli,
          tolerances: strict,
        }).replicas
      : averageValueProposal({
          statusReplicas: 1,
          metricMilli,
          targetAverageMilli: targetMilli,
          tolerances: strict,
        }).replicas;
  return Math.min(Math.max(proposal, Math.max(min, 1)), max);
}

function formulaEvaluate(input: JsonObject): Actual {
  const result = kedaCompositeValue({
    formula: str(input, 'formula'),
    variables: variables(input),
    fallback: fallbackSpec(input),
    target: str(input, 'target', '1'),
  });
  if ('error' in result) return { error: result.error };
  // A `??` formula that gives nil serves fallback.replicas × target, not the formula's value.
  const composite = result.value;
  const activation = Number(str(input, 'activationTarget', '0') || '0');
  return {
    composite,
    compositeMilli: Math.trunc(composite * 1000),
    metricName: 'composite-metric',
    active: composite > activation,
    replicas: replicasFor(composite, input),
  };
}

/**
 * e2e queue observation: KEDA polls and the HPA syncs on their own clocks over ten minutes with
 * a queue that nobody drains. `heldForSeconds` is how long the workload kept its first count.
 */
function e2eQueue(input: JsonObject): Actual {
  const trigger = str(input, 'trigger');
  const messages = num(input, 'messages');
  const target =
    trigger === 'aws-sqs-queue'
      ? num(input, 'queueLength', 5)
      : num(input, 'value', num(input, 'queueLength', 20));
  const activation =
    trigger === 'aws-sqs-queue'
      ? num(input, 'activationQueueLength', 0)
      : num(input, 'activationValue', 0);
  const min = num(input, 'minReplicaCount', 0);
  const max = num(input, 'maxReplicaCount', 100);
  const polling = num(input, 'pollingInterval', 30);
  const hpa = newHpaState();
  const spec = {
    minReplicas: Math.max(min, 1),
    maxReplicas: max,
    behavior: null,
    tolerances: defaultTolerances,
  };
  let replicas = 0;
  let heldFor: number | null = null;
  const horizon = 600;
  for (let t = 0; t <= horizon; t += 1) {
    const before = replicas;
    if (t % polling === 0) {
      replicas = kedaExecutorStep({
        minReplicaCount: min,
        idleReplicaCount: null,
        currentReplicas: replicas,
        isActive: messages > activation,
        isError: false,
        cooldownElapsed: true,
      }).replicas;
    }
    if (t % 15 === 0) {
      replicas = hpaSync(hpa, spec, {
        specReplicas: replicas,
        statusReplicas: replicas,
        readyPods: replicas,
        metrics: [
          {
            targetType: 'AverageValue',
            targetMilli: target * 1000,
            metricMilli: [messages * 1000],
          },
        ],
        now: t,
      }).desiredReplicas;
    }
    if (heldFor === null && replicas !== before) heldFor = t;
  }
  return { replicas, heldForSeconds: heldFor ?? horizon };
}

/** `cooldownElapsed` when given; else from how long ago the object was last active (lastActive + cooldown < now). */
function cooldownElapsed(input: JsonObject): boolean {
  if (typeof input.cooldownElapsed === 'boolean') return input.cooldownElapsed;
  const agoKey = Object.keys(input).find((k) =>
    /^(lastActive.*Ago|secondsSinceLastActive)/i.test(k),
  );
  // Never active (lastActiveTime nil): creation + initialCooldownPeriod (default 0) is long past.
  const ago = agoKey === undefined || input[agoKey] === null ? null : num(input, agoKey);
  return kedaCooldownElapsed({
    now: 0,
    lastActiveTime: ago === null ? null : -ago,
    cooldownPeriod: num(input, 'cooldownPeriod', 300),
  });
}

/** The KEDA kinds of keda-vectors.json, each computed by the studio's own KEDA and formula code. */
export const kedaVectorKinds: Readonly<
  Record<string, (input: JsonObject, vector: JsonObject) => Actual>
> = {
  'formula.evaluate': formulaEvaluate,
  'formula.normalise': (input) => ({ compiled: normaliseKedaFormula(str(input, 'formula')) }),
  'formula.validate': (input) => {
    const [refusal] = admitScaledObject({
      modifiers: {
        formula: str(input, 'formula', ''),
        target: str(input, 'target', ''),
        activationTarget: str(input, 'activationTarget', ''),
        metricType: str(input, 'metricType', ''),
      },
      triggers: triggers(input),
      fallback: fallbackSpec(input),
      minReplicaCount: numOrNull(input, 'minReplicaCount'),
      maxReplicaCount: numOrNull(input, 'maxReplicaCount'),
      idleReplicaCount: numOrNull(input, 'idleReplicaCount'),
    });
    return refusal ? { accepted: false, error: refusal.error } : { accepted: true };
  },
  'formula.triggerValueGate': (input) => ({
    value: triggerValueGate(
      num(input, 'metricValue'),
      fallbackSpec(input),
      numOrNull(input, 'numberOfFailures'),
    ),
  }),
  'formula.pairing': (input) => {
    const pairing = pairTriggerAndMetric(
      str(input, 'formula', ''),
      str(input, 'metricName', ''),
      str(input, 'triggerName', ''),
      (obj(input, 'pairs') ?? {}) as Record<string, string>,
    );
    return 'error' in pairing
      ? { pairs: {}, error: pairing.error }
      : { pairs: pairing.pairs, error: false };
  },
  'validation.fallback': (input) => {
    const modifiers = obj(input, 'scalingModifiers') ?? {};
    const error = fallbackError(
      fallbackSpec(input),
      triggers(input),
      isUsingModifiers(
        Object.fromEntries(
          Object.entries(modifiers).filter((e): e is [string, string] => typeof e[1] === 'string'),
        ),
      ),
    );
    return { valid: error === null, ...(error ? { message: error } : {}) };
  },
  'validation.replicaBounds': (input) => {
    const error = replicaBoundsError(
      numOrNull(input, 'minReplicaCount'),
      numOrNull(input, 'maxReplicaCount'),
      numOrNull(input, 'idleReplicaCount'),
    );
    return { valid: error === null, ...(error ? { message: error } : {}) };
  },
  'activation.executor': (input) => {
    const annotations = obj(input, 'annotations') ?? {};
    const fallback = fallbackSpec(input);
    const r = kedaExecutorStep({
      minReplicaCount: num(input, 'minReplicaCount', 0),
      idleReplicaCount: numOrNull(input, 'idleReplicaCount'),
      currentReplicas: num(input, 'currentReplicas'),
      isActive: input.isActive === true,
      isError: input.isError === true,
      cooldownElapsed: cooldownElapsed(input),
      ...(fallback ? { fallbackReplicas: fallback.replicas } : {}),
      pausedScaleIn: annotations['autoscaling.keda.sh/paused-scale-in'] === 'true',
      pausedScaleOut: annotations['autoscaling.keda.sh/paused-scale-out'] === 'true',
      forceActivation: annotations[forceActivationAnnotation] === 'true',
    });
    return {
      replicas: r.replicas,
      activeCondition: r.activeCondition,
      lastActiveTimeRefreshed: r.refreshLastActive,
    };
  },
  'activation.rabbitmq': (input) => {
    const metadata = obj(input, 'metadata') ?? {};
    const api = obj(input, 'managementApi') ?? {};
    const protocol = str(input, 'protocol', 'amqp') === 'http' ? 'http' : 'amqp';
    const total = num(api, 'messages', 0);
    const unacked = num(api, 'messages_unacknowledged', 0);
    // AMQP's passive declare reports a message count of ready messages; HTTP reports both kinds.
    const amqpCount = input.messageCount ?? (obj(input, 'amqp') ?? {}).messageCount ?? input.ready;
    const ready =
      api.messages_ready !== undefined
        ? num(api, 'messages_ready')
        : amqpCount !== undefined
          ? Number(amqpCount)
          : total - unacked;
    const rateStats = obj(api, 'message_stats');
    const publishRate = rateStats ? num(obj(rateStats, 'publish_details') ?? {}, 'rate', 0) : 0;
    const metric =
      metadata.mode === 'MessageRate'
        ? publishRate
        : rabbitmqQueueLength({
            protocol,
            ready,
            unacknowledged: unacked,
            excludeUnacknowledged:
              metadata.excludeUnacknowledged === 'true' || metadata.excludeUnacknowledged === true,
          });
    const activation = Number(scalerDefaults('rabbitmq', metadata).activationValue);
    return { metric, active: metric > activation };
  },
  'scaler.defaults': (input) => scalerDefaults(str(input, 'trigger'), obj(input, 'metadata') ?? {}),
  'scaler.sqsQueueLength': (input) => {
    const a = obj(input, 'attributes') ?? {};
    const metric = sqsQueueLength(
      {
        visible: num(a, 'ApproximateNumberOfMessages', 0),
        inFlight: num(a, 'ApproximateNumberOfMessagesNotVisible', 0),
        delayed: num(a, 'ApproximateNumberOfMessagesDelayed', 0),
      },
      {
        scaleOnInFlight: input.scaleOnInFlight !== false && input.scaleOnInFlight !== 'false',
        scaleOnDelayed: input.scaleOnDelayed === true || input.scaleOnDelayed === 'true',
      },
    );
    return { metric };
  },
  'e2e.queue': e2eQueue,
  'fallback.metric': (input) => {
    const fallback = fallbackSpec(input);
    if (!fallback) throw new VectorInputError('input.fallback is required');
    const target = num(input, 'target');
    const current = num(input, 'currentReplicas');
    const r = fallbackMetric({
      fallback,
      failuresBefore: num(input, 'failuresBefore', 0),
      target,
      currentReplicas: current,
    });
    const targetType = str(input, 'targetType', 'AverageValue');
    const ready = num(input, 'readyPods', current);
    const metric = targetType === 'Value' ? r.metric / Math.max(ready, 1) : r.metric;
    const hpaReplicas =
      targetType === 'Value'
        ? valueProposal({
            currentReplicas: current,
            readyPods: ready,
            metricMilli: [toMilli(metric)],
            targetMilli: toMilli(target),
            tolerances: defaultTolerances,
          }).replicas
        : averageValueProposal({
            statusReplicas: current,
            metricMilli: [toMilli(metric)],
            targetAverageMilli: toMilli(target),
            tolerances: defaultTolerances,
          }).replicas;
    return r.inFallback
      ? { failuresAfter: r.failuresAfter, metric, hpaReplicas }
      : { failuresAfter: r.failuresAfter, metric: null, hpaReplicas: null };
  },
  'expr.builtin': (input) => {
    const value = evaluateKedaFormula(str(input, 'expr'), {});
    return value !== null && typeof value === 'object' && 'error' in value
      ? { error: value.error }
      : { value };
  },
};

/** Evaluates a vector's `mathjs` translation with the studio's engine (variables from the input). */
export function evaluateMathjsField(
  input: JsonObject,
  mathjs: JsonObject,
): { value?: unknown; error?: string } {
  const vars = obj(input, 'variables') ?? {};
  const names = Object.keys(vars);
  const compiled = compileExpression(str(mathjs, 'expression'), names, { literals: true });
  if (!compiled.ok) return { error: `refused: ${compiled.message}` };
  const result = compiled.evaluateRaw(
    Object.fromEntries(names.map((n) => [n, numOrNull(vars, n)])),
  );
  return result !== null && typeof result === 'object' && 'error' in result
    ? { error: result.error }
    : { value: result };
}
