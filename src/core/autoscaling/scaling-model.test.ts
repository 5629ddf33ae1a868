import { describe, expect, it } from 'vitest';
import { parseValuesText } from '@/core/document/index.ts';
import { runPipeline } from '@/core/pipeline/index.ts';
import { valueProblems } from '@/core/studio/analyze-studio.ts';
import { scalingModelFromPipeline } from './scaling-model.ts';
import { actorValues, actorModel } from './actor-fixture.ts';
import { presetOperatorSettings, scalingModelOfValues } from './values-model.ts';

const operatorSettings = presetOperatorSettings('rabbitmq');

/** One values text through the pipeline, read the three ways the studio shows it. */
function threeViews(text: string) {
  const parsed = parseValuesText(text);
  const pipeline = runPipeline(actorValues(parsed.values as Record<string, unknown>), {
    profile: 'asya-test-actor',
    ...(operatorSettings ? { operatorSettings } : {}),
  });
  return {
    preview: pipeline.keda,
    problems: valueProblems(parsed, 'asya-test-actor', pipeline),
    lab: scalingModelFromPipeline(pipeline),
    scaledObject: pipeline.operator.objects.find((o) => o.kind === 'ScaledObject'),
  };
}

describe('one verdict for the preview, the Problems list and the lab', () => {
  it('target " 5" (Go ParseFloat refuses the space): rejected everywhere', () => {
    const views = threeViews(
      'name: a\nscaling:\n  enabled: true\n  advanced:\n    formula: "3"\n    target: " 5"\n',
    );
    expect(views.preview.status).toBe('rejected');
    expect(views.preview.reasons.join()).toContain('error converting target');
    const refusal = views.problems.find((d) => d.ruleId === 'keda/refuses-target');
    expect(refusal).toMatchObject({ severity: 'error', path: ['scaling', 'advanced', 'target'] });
    expect(views.lab.keda).toEqual(views.preview);
    expect(views.lab.formula).toBeNull();
    expect(views.lab.notes.join(' ')).toContain('KEDA refuses the ScaledObject');
  });

  it.each(['{}', '[]'])(
    'scaling.enabled: %s (false in Go templates): no ScaledObject, and the lab does not autoscale',
    (enabled) => {
      const views = threeViews(`name: a\nscaling:\n  enabled: ${enabled}\n  maxReplicas: 7\n`);
      expect(views.scaledObject).toBeUndefined();
      expect(views.preview.status).toBe('no-scaled-object');
      expect(views.lab.enabled).toBe(false);
      // The Deployment keeps workload.replicas (the CRD default 1), whatever maxReplicas says.
      expect([views.lab.minReplicas, views.lab.maxReplicas]).toEqual([1, 1]);
    },
  );

  it('a valid formula is accepted by all three, and the lab simulates it', () => {
    const views = threeViews(
      'name: a\nscaling:\n  enabled: true\n  advanced:\n    formula: "3"\n    target: "2"\n',
    );
    expect(views.preview.status).toBe('accepted');
    expect(views.problems.filter((d) => d.stage === 'keda')).toEqual([]);
    expect([views.lab.formula, views.lab.target]).toEqual(['3', 2]);
  });
});

describe('scalingModelFromPipeline', () => {
  it('reads the ScaledObject the operator builds, with the chart defaults of asya-test-actor', () => {
    const m = actorModel();
    expect([
      m.enabled,
      m.minReplicas,
      m.maxReplicas,
      m.pollingInterval,
      m.cooldownPeriod,
      m.queueLength,
      m.transport,
    ]).toEqual([true, 0, 10, 10, 60, 5, 'rabbitmq']);
    expect(m.behavior?.scaleDown.policies).toEqual([{ type: 'Pods', value: 1, periodSeconds: 60 }]);
  });

  it('zero polling and cooldown get the CRD defaults back; a zero queueLength is refused', () => {
    // The operator's first write drops zero omitempty ints, so the CRD defaults (10, 60) return.
    const m = actorModel({ scaling: { pollingInterval: 0, cooldownPeriod: 0 } });
    expect([m.pollingInterval, m.cooldownPeriod]).toEqual([10, 60]);
    // The CRD's minimum 1 refuses the actor: nothing reaches the operator, nothing scales.
    const refused = actorModel({ scaling: { queueLength: 0 } });
    expect(refused.enabled).toBe(false);
    expect(refused.notes.join(' ')).toContain('no ScaledObject');
  });

  it('reads the sqs trigger and the scaling modifiers', () => {
    const m = actorModel({
      transport: 'sqs',
      scaling: {
        queueLength: 7,
        advanced: {
          formula: 'queueLength',
          target: '2',
          metricType: 'Value',
          activationTarget: '3',
        },
      },
    });
    expect([
      m.transport,
      m.queueLength,
      m.formula,
      m.target,
      m.metricType,
      m.activationTarget,
    ]).toEqual(['sqs', 7, 'queueLength', 2, 'Value', 3]);
  });

  it('says why there is nothing to simulate, for any shape of values', () => {
    for (const odd of [null, undefined, 7, 'x', [], { scaling: null }, { scaling: 'on' }]) {
      const m = scalingModelOfValues(odd);
      expect(m.enabled).toBe(false);
      expect(m.notes.length).toBeGreaterThan(0);
    }
    expect(actorModel({ scaling: { enabled: false } }).enabled).toBe(false);
  });
});
