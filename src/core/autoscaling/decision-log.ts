import { isWithinTolerance } from './hpa-replica-calc.ts';
import { hpaProposal, prepareModel, readMetric } from './replica-decision.ts';
import { formulaVariable } from '@/core/keda/formula-problems.ts';
import type { ScalingModel } from './scaling-model.ts';

/** Numbers in the log: integers as they are, others with up to three decimals. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(3)));
}

const transportCounting: Record<ScalingModel['transport'], string> = {
  rabbitmq: 'RabbitMQ over AMQP counts ready messages only (in-flight ones are invisible)',
  sqs: 'SQS counts visible plus in-flight messages',
};

/**
 * The decision for one queue length, in words. The first line is the whole chain
 * ("queue 37 → formula 4 → ⌈4 / 1⌉ = 4 pods, within min 0…max 10"); the rest explain each step.
 */
export function explainDecision(
  model: ScalingModel,
  queueLength: number,
  currentReplicas?: number,
): string[] {
  const prepared = prepareModel(model);
  const q = formatNumber(queueLength);
  const bounds = `min ${model.minReplicas}…max ${model.maxReplicas}`;
  if (!model.enabled)
    return [
      `autoscaling is off: the workload keeps its fixed replica count (queue ${q} changes nothing)`,
    ];
  const metric = readMetric(prepared, queueLength);
  const details: string[] = [`queue ${q}: ${transportCounting[model.transport]}`];
  if (prepared.formulaError !== null)
    details.push(`the formula is refused (${prepared.formulaError}); the plain trigger is shown`);
  const value = formatNumber(metric.value);
  const via = metric.composite ? ` → formula ${value}` : '';
  if (metric.composite) {
    details.push(
      `formula ${model.formula ?? ''} with ${formulaVariable} = ${q} gives ${value} (composite metric ${metric.milli} milli)`,
    );
  }
  if (metric.error !== undefined) {
    return [
      `queue ${q} → formula error → ${model.minReplicas} pods (KEDA marks the object inactive)`,
      ...details,
      `formula error: ${metric.error}`,
    ];
  }
  const activation = formatNumber(metric.activation);
  if (!(metric.value > metric.activation)) {
    const line = `queue ${q}${via} → not above activation ${activation} → ${model.minReplicas} pods${model.minReplicas === 0 ? ' (KEDA scales to zero after the cool-down)' : ''}`;
    return [line, ...details, `activation needs a value strictly above ${activation}`];
  }
  details.push(`${value} > activation ${activation}: active`);
  const target = formatNumber(metric.targetMilli / 1000);
  const type = metric.composite ? model.metricType : 'AverageValue';
  const proposal = hpaProposal(model, metric, currentReplicas);
  let math = `⌈${value} / ${target}⌉ = ${proposal.replicas}`;
  if (currentReplicas !== undefined && currentReplicas > 0) {
    const ratio =
      type === 'Value'
        ? metric.milli / metric.targetMilli
        : metric.milli / (metric.targetMilli * currentReplicas);
    const band = `${formatNumber(1 - model.tolerances.down)}…${formatNumber(1 + model.tolerances.up)}`;
    const within = isWithinTolerance(ratio, model.tolerances);
    details.push(
      `${type}: usage ratio ${formatNumber(ratio)} with ${currentReplicas} pods is ${within ? 'inside' : 'outside'} the tolerance band ${band}`,
    );
    if (proposal.heldByTolerance)
      math = `ratio ${formatNumber(ratio)} within tolerance → stays ${currentReplicas}`;
    else if (type === 'Value')
      math = `⌈${formatNumber(ratio)} × ${currentReplicas}⌉ = ${proposal.replicas}`;
  } else {
    details.push(
      `${type}: ⌈metric / target⌉ in milli-units: ⌈${metric.milli} / ${metric.targetMilli}⌉ = ${proposal.replicas}`,
    );
  }
  const floor = Math.max(model.minReplicas, 1);
  const replicas = Math.min(Math.max(proposal.replicas, floor), model.maxReplicas);
  const clamp =
    proposal.replicas > model.maxReplicas
      ? `capped at max ${model.maxReplicas}`
      : proposal.replicas < floor
        ? `raised to ${floor} (${model.minReplicas === 0 ? 'an active workload has at least 1 pod' : `min ${model.minReplicas}`})`
        : `within ${bounds}`;
  return [
    `queue ${q}${via} → ${math} → ${replicas} pod${replicas === 1 ? '' : 's'}, ${clamp}`,
    ...details,
  ];
}
