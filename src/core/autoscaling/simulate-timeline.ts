import { hpaSync, newHpaState, type HpaMetric, type HpaSpec } from './hpa-controller.ts';
import { cooldownElapsed, kedaExecutorStep } from '@/core/keda/keda.ts';
import { prepareModel, readMetric } from './replica-decision.ts';
import { formatNumber } from './decision-log.ts';
import { createArrivalRate, type Scenario } from './scenario-schema.ts';
import type { ScalingModel } from './scaling-model.ts';

/** One line of the per-tick decision log. */
export interface TimelineLogEntry {
  t: number;
  loop: 'keda' | 'hpa';
  from: number;
  to: number;
  text: string;
}

export interface TimelineSummary {
  /** From the first waiting message to the first Ready pod; null if none became ready. */
  timeToFirstPodSeconds: number | null;
  /** Second at which the queue (waiting + in flight) was empty again after its peak; null if never. */
  timeToDrainSeconds: number | null;
  maxWaitSeconds: number;
  p95WaitSeconds: number;
  /** Pod-hours of pods that existed (starting ones included): what the cluster pays for. */
  podHours: number;
  peakReplicas: number;
  messagesArrived: number;
  messagesProcessed: number;
  messagesLeft: number;
}

/** Per-second series; index i is second i of the run. */
export interface TimelineSeries {
  /** What the trigger counts (RabbitMQ AMQP: waiting only; SQS: waiting + in flight). */
  queue: Float64Array;
  waiting: Float64Array;
  inFlight: Float64Array;
  /** Spec replicas (what KEDA and the HPA asked for). */
  desired: Int32Array;
  ready: Int32Array;
  /** Age of the oldest waiting message at the end of the second. */
  waitSeconds: Float64Array;
}

export interface TimelineResult {
  durationSeconds: number;
  series: TimelineSeries;
  summary: TimelineSummary;
  log: TimelineLogEntry[];
  /** True when `shouldCancel` stopped the run; the series then end at `durationSeconds`. */
  cancelled: boolean;
  notes: string[];
}

export interface TimelineOptions {
  onProgress?: (fraction: number) => void;
  shouldCancel?: () => boolean;
  /** Cap on log entries (a day at 10 s polling gives about 14,000). */
  maxLogEntries?: number;
}

/** FIFO of waiting messages, one bucket per arrival second, so wait times are exact per second. */
class MessageQueue {
  private times: number[] = [];
  private counts: number[] = [];
  private head = 0;
  size = 0;

  push(t: number, count: number): void {
    if (count <= 0) return;
    const last = this.times.length - 1;
    if (last >= this.head && this.times[last] === t)
      this.counts[last] = (this.counts[last] as number) + count;
    else {
      this.times.push(t);
      this.counts.push(count);
    }
    this.size += count;
  }

  /** Takes up to n messages; reports each group's wait to `onWait`. */
  take(n: number, now: number, onWait: (wait: number, count: number) => void): number {
    let taken = 0;
    while (taken < n && this.head < this.times.length) {
      const available = this.counts[this.head] as number;
      const use = Math.min(available, n - taken);
      onWait(now - (this.times[this.head] as number), use);
      taken += use;
      if (use === available) this.head += 1;
      else this.counts[this.head] = available - use;
    }
    if (this.head > 4096 && this.head * 2 > this.times.length) {
      this.times = this.times.slice(this.head);
      this.counts = this.counts.slice(this.head);
      this.head = 0;
    }
    this.size -= taken;
    return taken;
  }

  oldest(): number | null {
    return this.head < this.times.length ? (this.times[this.head] as number) : null;
  }
}

/**
 * Pods that exist: those still starting (with their Ready time) and Ready ones, each with the
 * time it is free for its next message. A free pod takes a message at once and is busy for the
 * processing time; a pod that is faster than a second takes several in one second.
 */
class Pods {
  // Ready times of starting pods, ascending; [startingHead, length) are still starting.
  private starting: number[] = [];
  private startingHead = 0;
  // When each Ready pod is free; a typed array keeps a day of per-pod updates allocation-free.
  private freeAt = new Float64Array(16);
  ready = 0;

  get total(): number {
    return this.ready + this.starting.length - this.startingHead;
  }

  tick(t: number): void {
    while (
      this.startingHead < this.starting.length &&
      (this.starting[this.startingHead] as number) <= t
    ) {
      if (this.ready === this.freeAt.length) {
        const bigger = new Float64Array(this.freeAt.length * 2);
        bigger.set(this.freeAt);
        this.freeAt = bigger;
      }
      this.freeAt[this.ready] = this.starting[this.startingHead] as number;
      this.ready += 1;
      this.startingHead += 1;
    }
    if (this.startingHead > 1024) {
      this.starting = this.starting.slice(this.startingHead);
      this.startingHead = 0;
    }
  }

  /** Spec changes are instant; new pods become Ready after the start-up delay. */
  scaleTo(count: number, t: number, startup: number): void {
    while (this.total < count) this.starting.push(t + startup);
    // Kubernetes deletes pods that are not ready first; then idle ones (busy ones finish their message).
    while (this.total > count && this.starting.length > this.startingHead) this.starting.pop();
    if (this.ready > count) {
      this.freeAt.subarray(0, this.ready).sort();
      this.ready = count;
    }
  }

  /** Messages being processed at the end of the last `work` second (one per busy pod). */
  busy = 0;

  /**
   * Starts messages during [t, t + 1) and returns how many. One pass over the pods: each free
   * pod takes as many as fit in the second, in pod order, then the queue hands them out at once.
   */
  work(
    t: number,
    p: number,
    queue: MessageQueue,
    onWait: (wait: number, count: number) => void,
  ): number {
    let available = queue.size;
    let started = 0;
    let busy = 0;
    const end = t + 1;
    for (let i = 0; i < this.ready; i += 1) {
      let free = this.freeAt[i] as number;
      if (free < t) free = t;
      if (free < end && available > 0) {
        const n = Math.min(Math.ceil((end - free) / p), available);
        available -= n;
        started += n;
        free += n * p;
        this.freeAt[i] = free;
      }
      if (free > end) busy += 1;
    }
    this.busy = busy;
    return started > 0 ? queue.take(started, t, onWait) : 0;
  }
}

function percentileFromHistogram(histogram: Float64Array, total: number, fraction: number): number {
  if (total <= 0) return 0;
  const goal = total * fraction;
  let seen = 0;
  for (let wait = 0; wait < histogram.length; wait += 1) {
    seen += histogram[wait] as number;
    if (seen >= goal) return wait;
  }
  return histogram.length - 1;
}

/**
 * Runs KEDA and the HPA on their own clocks over a scenario, second by second (keda-hpa.md §6).
 * Within one second the HPA syncs before KEDA polls: the HPA exists before KEDA's first poll, so
 * at t = 0 it sees 0 replicas and stands down, and the first HPA step comes 15 s after activation,
 * as in the reference's burst example. Deterministic: no clock, no randomness.
 */
export function simulateTimeline(
  model: ScalingModel,
  scenario: Scenario,
  options: TimelineOptions = {},
): TimelineResult {
  const duration = scenario.durationSeconds;
  const prepared = prepareModel(model);
  const notes = [...model.notes];
  if (prepared.formulaError !== null)
    notes.push(`formula refused (${prepared.formulaError}): simulated with the plain trigger`);
  const series: TimelineSeries = {
    queue: new Float64Array(duration),
    waiting: new Float64Array(duration),
    inFlight: new Float64Array(duration),
    desired: new Int32Array(duration),
    ready: new Int32Array(duration),
    waitSeconds: new Float64Array(duration),
  };
  const log: TimelineLogEntry[] = [];
  const maxLog = options.maxLogEntries ?? 50_000;
  // Text is built only while the log has room: long runs stay cheap.
  const addLog = (
    t: number,
    loop: TimelineLogEntry['loop'],
    from: number,
    to: number,
    text: () => string,
  ) => {
    if (log.length < maxLog) log.push({ t, loop, from, to, text: text() });
  };

  const p = scenario.processingSecondsPerMessage;
  const startup = scenario.podStartupSeconds;
  const rate = createArrivalRate(scenario.arrivals);
  const queue = new MessageQueue();
  const pods = new Pods();
  const hpaState = newHpaState();
  const hpaSpec: HpaSpec = {
    minReplicas: Math.max(model.minReplicas, 1),
    maxReplicas: model.maxReplicas,
    behavior: model.behavior,
    tolerances: model.tolerances,
  };
  const waitHistogram = new Float64Array(duration + 1);

  let spec = model.enabled ? scenario.initialReplicas : Math.max(scenario.initialReplicas, 1);
  pods.scaleTo(spec, -startup, startup);
  let arrivalCarry = 0;
  let lastActive: number | null = null;
  let arrived = 0;
  let processed = 0;
  let maxWait = 0;
  let podSeconds = 0;
  let peak = spec;
  let firstWaiting: number | null = null;
  let firstReady: number | null = null;
  let peakBacklog = 0;
  let peakAt = 0;
  let drainedAt: number | null = null;
  let cancelled = false;
  let end = duration;
  const progressEvery = Math.max(600, Math.floor(duration / 100));
  const recordWait = (wait: number, count: number) => {
    waitHistogram[Math.min(wait, duration)] =
      (waitHistogram[Math.min(wait, duration)] as number) + count;
    if (wait > maxWait) maxWait = wait;
  };
  const counted = (inFlight: number) =>
    queue.size + (model.transport === 'sqs' ? Math.round(inFlight) : 0);

  let inFlightNow = 0;
  for (let t = 0; t < duration; t += 1) {
    if (t > 0 && t % progressEvery === 0) {
      if (options.shouldCancel?.()) {
        cancelled = true;
        end = t;
        break;
      }
      options.onProgress?.(t / duration);
    }
    pods.tick(t);

    // Arrivals during this second.
    let incoming = t === 0 ? scenario.initialBacklog : 0;
    if (scenario.arrivals.kind === 'burst' && Math.floor(scenario.arrivals.atSeconds) === t)
      incoming += scenario.arrivals.messages;
    arrivalCarry += rate(t);
    const whole = Math.floor(arrivalCarry);
    arrivalCarry -= whole;
    incoming += whole;
    queue.push(t, incoming);
    arrived += incoming;

    if (model.enabled) {
      // HPA sync (every 15 s on its own phase).
      if (
        t >= scenario.hpaPhaseSeconds &&
        (t - scenario.hpaPhaseSeconds) % model.hpaSyncPeriod === 0
      ) {
        const reading = readMetric(prepared, counted(inFlightNow));
        const metric: HpaMetric =
          reading.error !== undefined
            ? null
            : {
                targetType: reading.composite ? model.metricType : 'AverageValue',
                targetMilli: reading.targetMilli,
                metricMilli: [reading.milli],
              };
        const result = hpaSync(hpaState, hpaSpec, {
          specReplicas: spec,
          statusReplicas: pods.total,
          readyPods: pods.ready,
          metrics: [metric],
          now: t,
        });
        const from = spec;
        if (result.rescale) spec = result.desiredReplicas;
        addLog(t, 'hpa', from, spec, () => {
          const metricText =
            reading.error !== undefined
              ? `formula error: ${reading.error}`
              : `metric ${formatNumber(reading.value)} / target ${formatNumber(reading.targetMilli / 1000)}`;
          return `HPA: ${metricText}; ${result.steps.join('; ')} → ${spec} pods`;
        });
      }
      // KEDA poll (every pollingInterval from the start).
      if (t % model.pollingInterval === 0) {
        const reading = readMetric(prepared, counted(inFlightNow));
        const active = reading.error === undefined && reading.value > reading.activation;
        const step = kedaExecutorStep({
          minReplicaCount: model.minReplicas,
          idleReplicaCount: null,
          currentReplicas: spec,
          isActive: active,
          isError: reading.error !== undefined,
          // The object is created at t = 0 with no initialCooldownPeriod.
          cooldownElapsed: cooldownElapsed({
            now: t,
            lastActiveTime: lastActive,
            cooldownPeriod: model.cooldownPeriod,
            creationTime: 0,
          }),
        });
        if (step.refreshLastActive) lastActive = t;
        const from = spec;
        spec = step.replicas;
        addLog(
          t,
          'keda',
          from,
          spec,
          () =>
            `KEDA: value ${formatNumber(reading.value)} ${active ? '>' : '≤'} activation ${formatNumber(reading.activation)}: ${step.reason}`,
        );
      }
    }
    if (spec !== pods.total) pods.scaleTo(spec, t, startup);
    pods.tick(t);
    if (spec > peak) peak = spec;

    // Processing: each Ready pod handles one message every p seconds.
    const startNow = pods.work(t, p, queue, recordWait);
    processed += startNow;
    inFlightNow = pods.busy;

    const oldest = queue.oldest();
    const backlog = queue.size + inFlightNow;
    series.waiting[t] = queue.size;
    series.inFlight[t] = inFlightNow;
    series.queue[t] = counted(inFlightNow);
    series.desired[t] = spec;
    series.ready[t] = pods.ready;
    series.waitSeconds[t] = oldest === null ? 0 : t - oldest;
    podSeconds += pods.total;
    if (firstWaiting === null && queue.size + startNow > 0) firstWaiting = t;
    if (firstReady === null && pods.ready > 0 && firstWaiting !== null) firstReady = t;
    if (backlog > peakBacklog) {
      peakBacklog = backlog;
      peakAt = t;
      drainedAt = null;
    } else if (drainedAt === null && peakBacklog > 0 && backlog < 0.5 && t > peakAt) {
      drainedAt = t;
    }
  }
  options.onProgress?.(cancelled ? end / duration : 1);

  const trim = <T extends Float64Array | Int32Array>(array: T): T =>
    end < duration ? (array.slice(0, end) as T) : array;
  const totalStarted = waitHistogram.reduce((a, b) => a + b, 0);
  const oldest = queue.oldest();
  return {
    durationSeconds: end,
    series: {
      queue: trim(series.queue),
      waiting: trim(series.waiting),
      inFlight: trim(series.inFlight),
      desired: trim(series.desired),
      ready: trim(series.ready),
      waitSeconds: trim(series.waitSeconds),
    },
    summary: {
      timeToFirstPodSeconds:
        firstWaiting !== null && firstReady !== null ? firstReady - firstWaiting : null,
      timeToDrainSeconds: drainedAt,
      maxWaitSeconds: Math.max(maxWait, oldest === null ? 0 : end - 1 - oldest),
      p95WaitSeconds: percentileFromHistogram(waitHistogram, totalStarted, 0.95),
      podHours: podSeconds / 3600,
      peakReplicas: peak,
      messagesArrived: arrived,
      messagesProcessed: processed,
      messagesLeft: queue.size,
    },
    log,
    cancelled,
    notes,
  };
}
