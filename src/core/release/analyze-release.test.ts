import { describe, expect, it } from 'vitest';
import { parseValuesText } from '@/core/document/index.ts';
import { shareEqualParts } from '@/core/document/share-equal-parts.ts';
import { multiActorExamples } from '@/core/examples/multi-actor-examples.ts';
import { readmeExamples } from '@/core/examples/readme-examples.ts';
import {
  defaultOperatorPresetId,
  operatorPresets,
  parseOperatorSettings,
} from '@/core/operator-settings/index.ts';
import { runPipeline } from '@/core/pipeline/index.ts';
import { valueProblems } from './actor-problems.ts';
import { releaseProblems, runRelease } from './analyze-release.ts';

const operatorSettings = parseOperatorSettings(
  operatorPresets.find((p) => p.id === defaultOperatorPresetId)?.text ?? '',
).settings;
const text = (id: string) => multiActorExamples.find((e) => e.id === id)?.text ?? '';

function analyze(source: string) {
  const parsed = parseValuesText(source);
  const run = runRelease(parsed.values, {
    profile: 'asya-test-actor',
    ...(operatorSettings ? { operatorSettings } : {}),
  });
  return { parsed, run, problems: releaseProblems(parsed, run) };
}

describe('runRelease', () => {
  it.each(readmeExamples)(
    '$id: one actor, the same pipeline and problems as before',
    ({ text: source }) => {
      const { parsed, run, problems } = analyze(source);
      const direct = runPipeline(parsed.values, {
        profile: 'asya-test-actor',
        ...(operatorSettings ? { operatorSettings } : {}),
      });
      expect(run.kind).toBe('single-actor');
      expect(run.actors).toHaveLength(1);
      expect(run.actors[0]?.pipeline).toEqual(direct);
      expect(problems.every((d) => d.actor === undefined)).toBe(true);
      expect(problems.map((d) => d.ruleId)).toEqual(
        valueProblems(parsed, 'asya-test-actor', direct).map((d) => d.ruleId),
      );
    },
  );

  it('renders the README helmfile: release names from the helmfile, and the actors land in my-namespace', () => {
    const { run, problems } = analyze(text('readme-helmfile'));
    const actors = run.actors.map(({ pipeline }) => pipeline.chart.objects[0]?.metadata);
    expect(actors).toMatchObject([
      {
        name: 'echo-actor',
        namespace: 'my-namespace',
        labels: { 'app.kubernetes.io/instance': 'actor-echo' },
      },
      {
        name: 'nlp-actor',
        namespace: 'my-namespace',
        labels: { 'app.kubernetes.io/instance': 'actor-nlp' },
      },
    ]);
    expect(run.actors.map(({ pipeline }) => pipeline.releaseNamespace)).toEqual(['asya', 'asya']);
    const notes = problems.filter((d) => d.ruleId === 'release/namespace-from-values');
    expect(notes.map((d) => [d.actor, d.range?.line])).toEqual([
      ['echo-actor', 7],
      ['nlp-actor', 24],
    ]);
  });

  it('flags the chart example’s actor-two: a scaling override without enabled turns autoscaling off', () => {
    const { run, problems } = analyze(text('shipped-chart-actors'));
    expect(run.actors.map(({ pipeline }) => pipeline.chart.objects[0]?.spec)).toMatchObject([
      { transport: 'rabbitmq', scaling: { enabled: true, minReplicas: 1, maxReplicas: 10 } },
      { transport: 'sqs', scaling: { enabled: null } },
    ]);
    const flag = problems.find((d) => d.ruleId === 'chart/scaling-without-enabled');
    expect(flag).toMatchObject({
      actor: 'actor-two',
      path: ['actors', 1, 'scaling'],
      range: { line: 19 },
    });
  });

  it('reports two actors of one name in one namespace on both name lines, with Helm’s refusal', () => {
    const source = text('shipped-chart-actors').replace('- name: actor-two', '- name: actor-one');
    const { problems } = analyze(source);
    const dupes = problems.filter((d) => d.ruleId === 'release/duplicate-actor-name');
    expect(dupes.map((d) => d.range?.line)).toEqual([6, 17]);
    expect(dupes[0]?.message).toContain(
      'Error: INSTALLATION FAILED: asyncactors.asya.sh "actor-one" already exists',
    );
  });

  it('names the ownership error across helmfile releases, and a shared queue across namespaces', () => {
    const sameName = text('readme-helmfile').replace('name: nlp-actor', 'name: echo-actor');
    const dupes = analyze(sameName).problems.filter(
      (d) => d.ruleId === 'release/duplicate-actor-name',
    );
    expect(dupes).toHaveLength(2);
    expect(dupes[0]?.message).toContain(
      'key "meta.helm.sh/release-name" must equal "actor-nlp": current value is "actor-echo"',
    );
    const elsewhere = sameName.replace(
      '      - name: echo-actor\n        # Actor name automatically used as queue name\n        transport: rabbitmq\n        workload:\n          template:\n            spec:\n              containers:\n              - name: asya-runtime\n                image: my-registry',
      '      - name: echo-actor\n        namespace: other\n        # Actor name automatically used as queue name\n        transport: rabbitmq\n        workload:\n          template:\n            spec:\n              containers:\n              - name: asya-runtime\n                image: my-registry',
    );
    const shared = analyze(elsewhere).problems.filter((d) => d.ruleId === 'release/shared-queue');
    expect(shared.map((d) => d.actor)).toEqual(['echo-actor', 'echo-actor']);
    expect(shared[0]?.message).toContain('asya-echo-actor');
  });

  it('never throws on hostile documents', () => {
    for (const source of [
      'actors: 5',
      'releases: [1, null, {values: [null, 3]}]',
      'actors: [[], {name: {a: 1}}]',
      '- a',
    ]) {
      expect(() => analyze(source)).not.toThrow();
    }
  });
});

describe('runRelease with the previous run', () => {
  it('keeps the run of every actor the edit did not touch', () => {
    const source = text('shipped-chart-actors');
    const opts = { profile: 'asya-test-actor' as const };
    const first = runRelease(parseValuesText(source).values, opts);
    const edited = source.replace('maxReplicas: 20', 'maxReplicas: 21');
    const second = runRelease(parseValuesText(edited).values, opts, first);
    expect(second.actors[0]).toBe(first.actors[0]);
    expect(second.actors[1]).not.toBe(first.actors[1]);
    expect(second.actors[1]?.pipeline.chart.objects[0]?.spec).toMatchObject({
      scaling: { enabled: null },
    });
    expect(releaseProblems(parseValuesText(edited), second)).toEqual(
      releaseProblems(parseValuesText(edited), runRelease(parseValuesText(edited).values, opts)),
    );
  });

  /** An `actors:` document: a root transport and `default` block, and one map per actor. */
  function actorsText(actors: { name: string; max: number; image: string }[], transport: string) {
    return [
      `transport: ${transport}`,
      'default:',
      '  scaling:',
      '    enabled: true',
      'actors:',
      ...actors.flatMap((a) => [
        `- name: ${a.name}`,
        '  scaling:',
        '    enabled: true',
        `    maxReplicas: ${a.max}`,
        '  workload:',
        '    template:',
        '      spec:',
        '        containers:',
        '        - name: asya-runtime',
        `          image: ${a.image}`,
      ]),
      '',
    ].join('\n');
  }

  it('equals a run from scratch after any sequence of edits, reusing exactly the untouched actors', () => {
    // A fixed-seed generator (mulberry32), so a failure repeats.
    let seed = 11;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = (n: number) => Math.floor(random() * n);
    const actors = Array.from({ length: 6 }, (_, i) => ({
      name: `actor-${i}`,
      max: 5 + i,
      image: 'python:3.13-slim',
    }));
    let transport = 'rabbitmq';
    const opts = { profile: 'asya-actor' as const };
    let values = parseValuesText(actorsText(actors, transport)).values;
    let run = runRelease(values, opts);
    let reused = 0;
    for (let step = 0; step < 60; step++) {
      const target = actors[pick(actors.length)];
      const edit = pick(10);
      if (!target) continue;
      if (edit < 4) target.max = pick(30);
      else if (edit < 7) target.image = `python:3.${pick(14)}-slim`;
      else if (edit < 9)
        target.name = `actor-${pick(8)}`; // may duplicate another's name
      else transport = transport === 'rabbitmq' ? 'sqs' : 'rabbitmq'; // every actor inherits it
      const parsed = parseValuesText(actorsText(actors, transport));
      // As the studio does: what the edit did not change keeps its identity.
      const next = shareEqualParts(values, parsed.values);
      const incremental = runRelease(next, opts, run);
      const fromScratch = runRelease(parsed.values, opts);
      expect(incremental).toEqual(fromScratch);
      expect(releaseProblems(parsed, incremental)).toEqual(releaseProblems(parsed, fromScratch));
      incremental.actors.forEach((actor, i) => {
        const before = run.actors[i];
        const same = JSON.stringify(before?.slice) === JSON.stringify(actor.slice);
        expect(actor === before).toBe(same);
        if (same) reused++;
      });
      values = next;
      run = incremental;
    }
    // Most edits touch one actor of six: the others were reused.
    expect(reused).toBeGreaterThan(200);
  });

  it('reuses an actor whose values are equal but were read again (a file opened twice)', () => {
    const source = text('shipped-chart-actors');
    const opts = { profile: 'asya-actor' as const };
    const first = runRelease(parseValuesText(source).values, opts);
    const again = runRelease(parseValuesText(`${source}\n# read again\n`).values, opts, first);
    expect(again.actors).toHaveLength(first.actors.length);
    again.actors.forEach((actor, i) => expect(actor).toBe(first.actors[i]));
  });
});
