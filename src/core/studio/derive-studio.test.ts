import { describe, expect, it } from 'vitest';
import { operatorPresets } from '@/core/operator-settings/operator-presets.ts';
import { parseValuesText } from '@/core/document/index.ts';
import { analyzeStudio } from './analyze-studio.ts';
import { deriveStudio, readAfterPaintFrom, type StudioInputs } from './derive-studio.ts';

const good = `name: echo-actor
namespace: asya
transport: rabbitmq
scaling:
  maxReplicas: 0
workload:
  template:
    spec:
      containers:
      - name: asya-runtime
        image: python:3.13-slim
        env:
          - name: ASYA_HANDLER
            value: "handlers.echo"
`;
const twoActors = `transport: rabbitmq
actors:
- name: first
- name: second
  transport: sqs
`;
const inputs = (text: string): StudioInputs => ({
  text,
  profile: 'asya-test-actor',
  operatorSettingsText: operatorPresets[0]?.text ?? '',
});

const loaded = { read: parseValuesText, analyze: analyzeStudio };

describe('deriveStudio', () => {
  it('reports every stage and locates each problem in the text', () => {
    const derived = deriveStudio(inputs(good), undefined, loaded);
    expect(derived.formLocked).toBe(false);
    expect(derived.analysis?.pipeline.chart.objects).toHaveLength(1);
    const maxProblem = derived.diagnostics.find(
      (d) => d.path.join('.') === 'scaling.maxReplicas' && d.severity === 'error',
    );
    expect(maxProblem?.range?.line).toBe(5);
  });

  it('keeps the last good values and pipeline while the text is broken', () => {
    const first = deriveStudio(inputs(good), undefined, loaded);
    const broken = deriveStudio(
      inputs(good.replace('maxReplicas: 0', 'maxReplicas: [0')),
      first,
      loaded,
    );
    expect(broken.formLocked).toBe(true);
    expect(broken.values).toBe(first.values);
    expect(broken.analysis?.pipeline).toBe(first.analysis?.pipeline);
    expect(broken.syntaxError?.range?.line).toBeGreaterThan(0);
    expect(
      broken.diagnostics.every((d) => d.stage === 'yaml' || d.stage === 'operator-settings'),
    ).toBe(true);
  });

  it('shows only syntax problems until the analysis stages are loaded', () => {
    const derived = deriveStudio(inputs(good), undefined, { read: parseValuesText });
    expect(derived.analysis).toBeUndefined();
    expect(derived.values).toMatchObject({ name: 'echo-actor' });
  });

  it('keeps the form read-only, with no values and no problems, until the reader arrives', () => {
    const unread = deriveStudio(inputs(good), undefined, { analyze: analyzeStudio });
    expect(unread.parsed).toBeUndefined();
    expect(unread.formLocked).toBe(true);
    expect(unread.syntaxError).toBeUndefined();
    expect(unread.values).toBeUndefined();
    expect(unread.analysis).toBeUndefined();
    expect(unread.diagnostics).toEqual([]);

    // The same text again, as when the reader arrives: it is read now, not taken from `unread`.
    const read = deriveStudio(inputs(good), unread, loaded);
    expect(read.formLocked).toBe(false);
    expect(read.values).toMatchObject({ name: 'echo-actor' });
    expect(read.analysis?.pipeline.chart.objects).toHaveLength(1);
  });

  it('lists the actors of a new text before its deferred analysis, then analyses it in full', () => {
    const before = deriveStudio(inputs(good), undefined, loaded);
    const deferred = deriveStudio(inputs(twoActors), before, loaded, [], 'analysis');
    expect(deferred.analysis).toBeUndefined();
    expect(deferred.split.kind).toBe('actors-list');
    expect(
      deferred.split.actors.map((a) => [a.label, (a.values as { transport?: string }).transport]),
    ).toEqual([
      ['first', 'rabbitmq'],
      ['second', 'sqs'],
    ]);
    const completed = deriveStudio(inputs(twoActors), deferred, loaded);
    const fromScratch = deriveStudio(inputs(twoActors), undefined, loaded);
    expect(completed.analysis?.release.actors).toHaveLength(2);
    expect(completed.split).toEqual(deferred.split);
    expect(completed.diagnostics).toEqual(fromScratch.diagnostics);
  });

  it('keeps the analysis when a deferred derivation brings the same text', () => {
    const first = deriveStudio(inputs(twoActors), undefined, loaded);
    const again = deriveStudio(inputs(twoActors), first, loaded, [], 'analysis');
    expect(again.analysis?.release).toBe(first.analysis?.release);
    expect(again.split).toBe(first.split);
  });

  it('analyses one actor’s values and a broken text at once, even when asked to defer', () => {
    const before = deriveStudio(inputs(twoActors), undefined, loaded);
    const single = deriveStudio(inputs(good), before, loaded, [], 'analysis');
    expect(single.analysis?.pipeline.chart.objects).toHaveLength(1);
    const broken = deriveStudio(inputs(`${twoActors}  - [`), before, loaded, [], 'analysis');
    expect(broken.formLocked).toBe(true);
    expect(broken.analysis?.release).toBe(before.analysis?.release);
  });

  it('lists a just-opened large actors: list from its lines, then reads it, then analyses it', () => {
    const large = `# ${'-'.repeat(readAfterPaintFrom)}\n${twoActors}`;
    const before = deriveStudio(inputs(good), undefined, loaded);
    expect(deriveStudio(inputs(twoActors), before, loaded, [], 'read').parsed?.ok).toBe(true);
    const outlined = deriveStudio(inputs(large), before, loaded, [], 'read');
    expect(outlined.parsed).toBeUndefined();
    expect(outlined.formLocked).toBe(true);
    expect(outlined.analysis).toBeUndefined();
    expect(outlined.outline?.actors.map((a) => [a.label, a.transport])).toEqual([
      ['first', 'rabbitmq'],
      ['second', 'sqs'],
    ]);
    const read = deriveStudio(inputs(large), outlined, loaded, [], 'analysis');
    expect(read.outline).toBeUndefined();
    expect(read.parsed?.ok).toBe(true);
    expect(read.analysis).toBeUndefined();
    expect(read.split.kind).toBe('actors-list');
    const completed = deriveStudio(inputs(large), read, loaded);
    const fromScratch = deriveStudio(inputs(large), undefined, loaded);
    expect(completed.analysis?.release.actors).toHaveLength(2);
    expect(completed.diagnostics).toEqual(fromScratch.diagnostics);
  });

  it('reads at once a deferred text its lines do not outline', () => {
    const derived = deriveStudio(inputs(good), undefined, loaded, [], 'read');
    expect(derived.outline).toBeUndefined();
    expect(derived.analysis?.pipeline.chart.objects).toHaveLength(1);
  });

  it('outlines an actors: list while the reader has not arrived', () => {
    const unread = deriveStudio(inputs(twoActors), undefined, {});
    expect(unread.outline?.actors.map((a) => a.label)).toEqual(['first', 'second']);
    expect(deriveStudio(inputs(twoActors), unread, loaded).outline).toBeUndefined();
  });
});
