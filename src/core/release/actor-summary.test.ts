import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { parseValuesText } from '@/core/document/index.ts';
import { multiActorExamples } from '@/core/examples/multi-actor-examples.ts';
import { actorSummaries } from './actor-summary.ts';
import { releaseProblems, runRelease } from './analyze-release.ts';

const chartExample = multiActorExamples.find((e) => e.id === 'shipped-chart-actors')?.text ?? '';

function summarise(source: string) {
  const parsed = parseValuesText(source);
  const run = runRelease(parsed.values, { profile: 'asya-actor' });
  const problems = releaseProblems(parsed, run);
  const slices = run.actors.map((a) => a.slice);
  return { run, problems, summaries: actorSummaries(run.kind, slices, run, problems) };
}

const counted = (problems: readonly Diagnostic[], severity: Diagnostic['severity']) =>
  problems.filter((d) => d.severity === severity).length;

describe('actorSummaries', () => {
  it('counts each actor’s own errors and warnings, and both actors of a duplicated name', () => {
    const { problems, summaries } = summarise(
      chartExample.replace('- name: actor-two', '- name: actor-one'),
    );
    expect(summaries.map((s) => s.label)).toEqual(['actor-one', 'actor-one']);
    for (const summary of summaries) {
      const own = problems.filter((d) => d.actor === summary.label);
      expect(summary.errors).toBe(counted(own, 'error'));
      expect(summary.warnings).toBe(counted(own, 'warning'));
    }
    expect(summaries[0]?.errors).toBeGreaterThan(0);
  });

  it('gives an actor without problems zero, and one actor’s values every problem', () => {
    const problems: Diagnostic[] = [
      {
        ruleId: 'r',
        severity: 'error',
        stage: 'chart',
        message: 'm',
        path: [],
        actor: 'actor-two',
      },
      { ruleId: 'r', severity: 'warning', stage: 'chart', message: 'm', path: [] },
    ];
    const { run } = summarise(chartExample);
    const slices = run.actors.map((a) => a.slice);
    const listed = actorSummaries('actors-list', slices, run, problems);
    expect(listed.map((s) => [s.label, s.errors, s.warnings])).toEqual([
      ['actor-one', 0, 0],
      ['actor-two', 1, 0],
    ]);
    const single = actorSummaries('single-actor', slices.slice(0, 1), undefined, problems);
    expect(single.map((s) => [s.errors, s.warnings])).toEqual([[1, 1]]);
  });
});
