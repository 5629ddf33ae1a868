import { describe, expect, it } from 'vitest';
import { parseValuesText } from '@/core/document/index.ts';
import { multiActorExamples } from '@/core/examples/multi-actor-examples.ts';
import { documentPath } from './actor-slice.ts';
import { documentKind, splitDocument } from './split-document.ts';

const example = (id: string) =>
  parseValuesText(multiActorExamples.find((e) => e.id === id)?.text ?? '').values;

describe('documentKind', () => {
  it('tells the three documents apart; an empty actors list is single-actor mode', () => {
    expect(documentKind({ name: 'a' })).toBe('single-actor');
    expect(documentKind({ name: 'a', actors: [] })).toBe('single-actor');
    expect(documentKind({ actors: [{ name: 'a' }] })).toBe('actors-list');
    expect(documentKind({ releases: [] })).toBe('helmfile');
    expect(documentKind(['not', 'a', 'map'])).toBe('single-actor');
  });
});

describe('splitDocument: the shipped chart’s actors list', () => {
  const split = splitDocument(example('shipped-chart-actors'), 'asya-test-actor');

  it('renders every item with the asya-actor chart, in list order, at its own path', () => {
    expect(split.kind).toBe('actors-list');
    expect(split.actors.map((a) => [a.name, a.profile, a.prefix.join('.')])).toEqual([
      ['actor-one', 'asya-actor', 'actors.0'],
      ['actor-two', 'asya-actor', 'actors.1'],
    ]);
  });

  it('takes namespace and transport from the root and scaling from default.scaling when an item has none', () => {
    const [one, two] = split.actors;
    expect(one?.values).toMatchObject({ namespace: 'default', transport: 'rabbitmq' });
    expect(one?.inherited).toMatchObject({
      namespace: ['namespace'],
      transport: ['transport'],
      scaling: ['default', 'scaling'],
    });
    expect(two?.values).toMatchObject({ transport: 'sqs', scaling: { maxReplicas: 20 } });
    expect(two?.inherited).not.toHaveProperty('transport');
    expect(two?.inherited).not.toHaveProperty('scaling');
  });

  it('maps paths inside an actor to the document: own keys under the item, inherited ones at their origin', () => {
    const [one, two] = split.actors;
    if (!one || !two) throw new Error('two actors expected');
    expect(documentPath(two, ['scaling', 'maxReplicas'])).toEqual([
      'actors',
      1,
      'scaling',
      'maxReplicas',
    ]);
    expect(documentPath(one, ['scaling', 'maxReplicas'])).toEqual([
      'default',
      'scaling',
      'maxReplicas',
    ]);
    expect(documentPath(one, ['transport'])).toEqual(['transport']);
    expect(documentPath(one, ['__proto__'])).toEqual(['actors', 0, '__proto__']);
  });

  it('labels every actor with the release-wide name label (root name, else asya-actor)', () => {
    expect(split.actors.map((a) => a.appLabelName)).toEqual(['asya-actor', 'asya-actor']);
    const named = splitDocument({ name: 'pipeline', actors: [{ name: 'a' }] }, 'asya-actor');
    expect(named.actors[0]?.appLabelName).toBe('pipeline');
    // `.Values.name | default .Chart.Name`: `name: no` is false, which `default` replaces.
    const falsy = splitDocument({ name: false, actors: [{ name: 'a' }] }, 'asya-actor');
    expect(falsy.actors[0]?.appLabelName).toBe('asya-actor');
  });

  it('reports an item without name and an item that is not a map, and labels the unnamed by position', () => {
    const odd = splitDocument(
      { actors: [{ transport: 'sqs' }, 'text', { name: 'b' }] },
      'asya-actor',
    );
    expect(odd.diagnostics.map((d) => [d.ruleId, d.path.join('.')])).toEqual([
      ['release/actor-without-name', 'actors.0'],
      ['release/actor-not-a-map', 'actors.1'],
    ]);
    expect(odd.actors.map((a) => a.label)).toEqual(['#1', 'b']);
  });

  it('takes a map of actors in sorted key order, as the chart’s range does, and warns', () => {
    const map = splitDocument({ actors: { b: { name: 'x' }, a: { name: 'y' } } }, 'asya-actor');
    expect(map.actors.map((a) => [a.label, a.prefix.join('.')])).toEqual([
      ['y', 'actors.a'],
      ['x', 'actors.b'],
    ]);
    expect(map.diagnostics.map((d) => d.ruleId)).toEqual(['release/actors-a-map']);
  });

  it('makes an empty item an actor without a name, inheriting everything', () => {
    const split = splitDocument({ namespace: 'team', actors: [{ name: 'a' }, null] }, 'asya-actor');
    expect(
      split.actors.map((a) => [a.label, (a.values as { namespace?: unknown }).namespace]),
    ).toEqual([
      ['a', 'team'],
      ['#2', 'team'],
    ]);
    expect(split.diagnostics.map((d) => [d.ruleId, d.path.join('.')])).toEqual([
      ['release/actor-without-name', 'actors.1'],
    ]);
  });

  it('fails every actor with the release’s template error, reported once at its document path', () => {
    const split = splitDocument(
      { infrastructure: '', actors: [{ name: 'a' }, { name: 'b' }] },
      'asya-actor',
    );
    expect(split.actors.map((a) => a.releaseError)).toEqual([
      expect.stringContaining("can't evaluate field operatorNamespace"),
      expect.stringContaining("can't evaluate field operatorNamespace"),
    ]);
    expect(split.diagnostics.map((d) => [d.ruleId, d.path.join('.')])).toEqual([
      ['chart/template-error', 'infrastructure'],
    ]);
  });

  it('reports an actors value that is neither list nor map; the values carry the failure', () => {
    const odd = splitDocument({ name: 'r', actors: 'abc' }, 'asya-actor');
    expect(odd.actors.map((a) => [a.label, a.prefix, a.releaseError])).toEqual([
      ['r', [], expect.stringContaining("range can't iterate over abc")],
    ]);
    expect(odd.diagnostics.map((d) => d.ruleId)).toEqual(['release/actors-not-a-list']);
  });
});

describe('splitDocument: a helmfile', () => {
  it('makes one actor per release with the release’s name and namespace and the README chart', () => {
    const split = splitDocument(example('readme-helmfile'), 'asya-actor');
    expect(split.kind).toBe('helmfile');
    expect(
      split.actors.map((a) => [
        a.label,
        a.profile,
        a.releaseName,
        a.releaseNamespace,
        a.prefix.join('.'),
      ]),
    ).toEqual([
      ['echo-actor', 'asya-test-actor', 'actor-echo', 'asya', 'releases.0.values.0'],
      ['nlp-actor', 'asya-test-actor', 'actor-nlp', 'asya', 'releases.1.values.0'],
    ]);
    expect(split.diagnostics).toEqual([]);
  });

  it('names values files it does not have, merges inline maps in order and points keys at the map that set them', () => {
    const split = splitDocument(
      {
        releases: [
          {
            name: 'r',
            chart: 'oci://registry/asya-actor',
            values: [
              { name: 'a', scaling: { maxReplicas: 3 } },
              'secrets.yaml',
              { scaling: { minReplicas: 2 } },
            ],
          },
        ],
      },
      'asya-test-actor',
    );
    expect(split.diagnostics.map((d) => [d.ruleId, d.path.join('.')])).toEqual([
      ['release/chart-assumed-asya-actor', 'releases.0.chart'],
      ['release/values-file-not-available', 'releases.0.values.1'],
    ]);
    const [actor] = split.actors;
    if (!actor) throw new Error('one actor expected');
    expect(actor.profile).toBe('asya-actor');
    expect(actor.values).toEqual({ name: 'a', scaling: { maxReplicas: 3, minReplicas: 2 } });
    expect(documentPath(actor, ['name'])).toEqual(['releases', 0, 'values', 0, 'name']);
    expect(documentPath(actor, ['scaling', 'minReplicas'])).toEqual([
      'releases',
      0,
      'values',
      2,
      'scaling',
      'minReplicas',
    ]);
  });

  it('splits a shipped-chart release with an actors list into its actors', () => {
    const split = splitDocument(
      {
        releases: [
          {
            name: 'r',
            chart: 'asya/asya-actor',
            values: [{ transport: 'sqs', actors: [{ name: 'a' }, { name: 'b' }] }],
          },
        ],
      },
      'asya-test-actor',
    );
    expect(split.actors.map((a) => [a.name, a.prefix.join('.'), a.releaseName])).toEqual([
      ['a', 'releases.0.values.0.actors.0', 'r'],
      ['b', 'releases.0.values.0.actors.1', 'r'],
    ]);
    expect(split.actors[0]?.inherited.transport).toEqual(['releases', 0, 'values', 0, 'transport']);
  });
});
