import { describe, expect, it } from 'vitest';
import { parseValuesText } from '@/core/document/index.ts';
import { releaseProblems, runRelease } from './analyze-release.ts';

const opts = { profile: 'asya-actor' as const };
const source = (infrastructure: string) =>
  `transport: rabbitmq\ninfrastructure: ${infrastructure}\nactors:\n- name: a\n- name: b\n`;

describe('a template error of an actors: release', () => {
  it('stops every actor’s chart stage, as helm template prints nothing, and is one problem', () => {
    const parsed = parseValuesText(source('""'));
    const run = runRelease(parsed.values, opts);
    expect(
      run.actors.map(({ pipeline }) => [pipeline.chart.objects, pipeline.chart.error]),
    ).toEqual([
      [[], expect.stringContaining('operatorNamespace')],
      [[], expect.stringContaining('operatorNamespace')],
    ]);
    const errors = releaseProblems(parsed, run).filter((d) => d.ruleId === 'chart/template-error');
    expect(errors.map((d) => [d.path.join('.'), d.range?.line])).toEqual([['infrastructure', 2]]);
  });

  it('is not kept from the previous run when only the root changed', () => {
    const first = runRelease(parseValuesText(source('{}')).values, opts);
    expect(first.actors.map(({ pipeline }) => pipeline.chart.error)).toEqual([
      undefined,
      undefined,
    ]);
    const second = runRelease(parseValuesText(source('""')).values, opts, first);
    expect(second.actors.map(({ pipeline }) => pipeline.chart.error !== undefined)).toEqual([
      true,
      true,
    ]);
  });
});
