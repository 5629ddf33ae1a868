import { describe, expect, it } from 'vitest';
import { parseValuesText } from '@/core/document/index.ts';
import { multiActorExamples } from '@/core/examples/multi-actor-examples.ts';
import { addActor, duplicateActor, moveActor, removeActor, renameActor } from './actor-edits.ts';
import { splitDocument } from './split-document.ts';

const text = (id: string) => multiActorExamples.find((e) => e.id === id)?.text ?? '';

function actorsOf(source: string) {
  const values = parseValuesText(source).values;
  return { values, actors: splitDocument(values, 'asya-test-actor').actors };
}

function edited(result: { text: string } | { error: string }): string {
  if ('error' in result) throw new Error(result.error);
  return result.text;
}

describe('actor edits', () => {
  const chart = text('shipped-chart-actors');
  const helmfile = text('readme-helmfile');

  it('duplicates an actors: item under a fresh name, leaving the rest of the text as it was', () => {
    const { values, actors } = actorsOf(chart);
    const [one] = actors;
    if (!one) throw new Error('no actor');
    const next = edited(
      duplicateActor(
        chart,
        values,
        one,
        actors.map((a) => a.label),
      ),
    );
    expect(next.startsWith(chart.trimEnd())).toBe(true);
    expect(actorsOf(next).actors.map((a) => a.label)).toEqual([
      'actor-one',
      'actor-two',
      'actor-one-copy',
    ]);
  });

  it('duplicates a helmfile release, renaming the release and its actor', () => {
    const { values, actors } = actorsOf(helmfile);
    const [echo] = actors;
    if (!echo) throw new Error('no actor');
    const next = edited(
      duplicateActor(
        helmfile,
        values,
        echo,
        actors.map((a) => a.label),
      ),
    );
    const after = actorsOf(next).actors;
    expect(after.map((a) => [a.label, a.releaseName])).toEqual([
      ['echo-actor', 'actor-echo'],
      ['nlp-actor', 'actor-nlp'],
      ['echo-actor-copy', 'echo-actor-copy'],
    ]);
    expect(next).toContain('# Actor name automatically used as queue name');
  });

  it('adds an actor from example values as a release next to the others', () => {
    const { values, actors } = actorsOf(helmfile);
    const [, nlp] = actors;
    if (!nlp) throw new Error('no actor');
    const next = edited(
      addActor(
        helmfile,
        values,
        nlp,
        { name: 'echo-actor', transport: 'rabbitmq' },
        actors.map((a) => a.label),
      ),
    );
    const added = actorsOf(next).actors[2];
    expect([added?.label, added?.profile, added?.releaseNamespace]).toEqual([
      'echo-actor-2',
      'asya-test-actor',
      'asya',
    ]);
  });

  it('renames and removes an actor', () => {
    const { actors } = actorsOf(chart);
    const [, two] = actors;
    if (!two) throw new Error('no actor');
    expect(actorsOf(edited(renameActor(chart, two, 'actor-b'))).actors.map((a) => a.label)).toEqual(
      ['actor-one', 'actor-b'],
    );
    expect(actorsOf(edited(removeActor(chart, two))).actors.map((a) => a.label)).toEqual([
      'actor-one',
    ]);
  });

  it('moves an entry with its comments, and back again to the same text', () => {
    const { actors } = actorsOf(chart);
    const [, two] = actors;
    if (!two) throw new Error('no actor');
    const moved = edited(moveActor(chart, two, -1));
    const after = actorsOf(moved).actors;
    expect(after.map((a) => a.label)).toEqual(['actor-two', 'actor-one']);
    expect(moved).toContain('transport: sqs  # Override transport for this actor');
    const [, one] = after;
    if (!one) throw new Error('no actor');
    expect(edited(moveActor(moved, one, -1))).toBe(chart);
    const [echo] = actorsOf(helmfile).actors;
    if (!echo) throw new Error('no actor');
    const down = edited(moveActor(helmfile, echo, 1));
    expect(actorsOf(down).actors.map((a) => a.label)).toEqual(['nlp-actor', 'echo-actor']);
    expect(moveActor(helmfile, echo, -1)).toEqual({ error: 'There is no neighbour to swap with.' });
  });
});
