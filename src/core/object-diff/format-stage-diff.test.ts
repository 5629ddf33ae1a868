import { describe, expect, it } from 'vitest';
import { parseValuesText } from '@/core/document/index.ts';
import {
  defaultOperatorPresetId,
  operatorPresets,
  parseOperatorSettings,
} from '@/core/operator-settings/index.ts';
import { runPipeline } from '@/core/pipeline/index.ts';
import { diffPipelineStage } from './diff-pipeline-stage.ts';
import { stageDiffToJson, stageDiffToMarkdown, stageDiffToText } from './format-stage-diff.ts';

const values = (extra: string) =>
  `name: demo\nnamespace: team\ntransport: rabbitmq\n${extra}workload:\n  template:\n    spec:\n      containers:\n      - name: asya-runtime\n        image: img:1\n        env:\n        - {name: ASYA_HANDLER, value: h.f}\n`;
const { settings } = parseOperatorSettings(
  operatorPresets.find((p) => p.id === defaultOperatorPresetId)?.text ?? '',
);
const pipeline = (text: string) =>
  runPipeline(parseValuesText(text).values, {
    profile: 'asya-test-actor',
    operatorSettings: settings,
  });

const before = pipeline(values('scaling:\n  enabled: true\n  maxReplicas: 5\n'));
const after = pipeline(
  values(
    'scaling:\n  enabled: true\n  maxReplicas: 5\n  advanced:\n    formula: "queue +"\n    target: "2"\n',
  ),
);

describe('a values change, diffed in the operator stage', () => {
  const diff = diffPipelineStage(before, after, 'operator');

  it('shows the ScaledObject fields the change adds, and KEDA turning to a refusal', () => {
    const scaled = diff.objects.find((o) => o.kind === 'ScaledObject');
    expect(scaled?.change).toBe('changed');
    expect(scaled?.fields.map((f) => f.path)).toContain('spec.advanced.scalingModifiers.formula');
    expect(diff.verdicts.map((v) => [v.subject, v.after.split(' ')[0]])).toEqual([
      ['operator', 'refuses'],
      ['KEDA', 'rejects'],
    ]);
  });

  it('prints text with the summary first', () => {
    const text = stageDiffToText(diff);
    expect(text.split('\n')[0]).toMatch(/^operator stage: 1 object changed, 0 added, 0 removed/);
    expect(text).toContain('~ ScaledObject team/demo:');
    expect(text).toContain('! KEDA: accepts the ScaledObject');
  });

  it('prints Markdown with a one-line summary and a collapsible block per object', () => {
    const markdown = stageDiffToMarkdown(diff);
    expect(markdown.split('\n')[0]).toMatch(/^\*\*actor-studio diff\*\*: operator stage/);
    expect(markdown).toContain('<details><summary>~ ScaledObject team/demo:');
    expect(markdown).toMatch(
      /```diff\n[^]*\+ spec\.advanced\.scalingModifiers\.formula: "queue \+"/,
    );
    expect(JSON.parse(stageDiffToJson(diff))).toMatchObject({ stage: 'operator' });
  });

  it('reports no change for the same values', () => {
    const same = diffPipelineStage(before, before, 'chart');
    expect(stageDiffToText(same)).toBe('no object changes in the chart stage\n');
  });

  it('keeps a value with backticks and HTML inside its code fence', () => {
    const tricky = pipeline(values('').replace('img:1', '"img```</details><b>"'));
    const markdown = stageDiffToMarkdown(diffPipelineStage(before, tricky, 'operator'));
    const fence = /````diff\n([^]*?)\n````/.exec(markdown);
    expect(fence?.[1]).toContain(
      '+ spec.template.spec.containers[name=asya-runtime].image: "img```</details><b>"',
    );
    expect(markdown.replace(fence?.[0] ?? '', '')).not.toContain('<b>');
  });
});
