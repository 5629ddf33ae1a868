import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseValuesText } from '@/core/document/index.ts';
import { multiActorExamples } from '@/core/examples/multi-actor-examples.ts';
import { actorSummaries } from './actor-summary.ts';
import { outlineActorsList } from './outline-actors-list.ts';
import { splitDocument } from './split-document.ts';

/** What the navigator lists once the text is read (before any pipeline has run). */
function listedAfterReading(text: string) {
  const parsed = parseValuesText(text);
  if (!parsed.ok) return undefined;
  const split = splitDocument(parsed.values, 'asya-test-actor');
  return {
    kind: split.kind,
    actors: actorSummaries(split.kind, split.actors, undefined, []),
  };
}

describe('outlineActorsList', () => {
  it('lists the actors of a block list with their inherited namespace and transport', () => {
    const text = [
      '# the pipeline',
      'namespace: team',
      'transport: rabbitmq',
      'actors:',
      '# first step',
      '- name: fetch',
      '  scaling:',
      '    enabled: true',
      '  env:',
      '  - name: NOT_AN_ACTOR',
      '    value: x',
      '- name: "store"  # quoted',
      '  namespace: storage',
      '  transport: sqs',
      '-',
      "  name: 'notify'",
      '',
    ].join('\n');
    expect(outlineActorsList(text)).toEqual({
      kind: 'actors-list',
      actors: [
        {
          index: 0,
          label: 'fetch',
          namespace: 'team',
          transport: 'rabbitmq',
          queue: 'asya-fetch',
          errors: 0,
          warnings: 0,
        },
        {
          index: 1,
          label: 'store',
          namespace: 'storage',
          transport: 'sqs',
          queue: 'asya-store',
          errors: 0,
          warnings: 0,
        },
        {
          index: 2,
          label: 'notify',
          namespace: 'team',
          transport: 'rabbitmq',
          queue: 'asya-notify',
          errors: 0,
          warnings: 0,
        },
      ],
    });
    expect(outlineActorsList(text)).toEqual(listedAfterReading(text));
  });

  it('outlines the shipped chart example as the full read lists it', () => {
    for (const example of multiActorExamples) {
      const outline = outlineActorsList(example.text);
      if (outline) expect(outline).toEqual(listedAfterReading(example.text));
    }
    const shipped = multiActorExamples.find((e) => e.id === 'shipped-chart-actors');
    expect(shipped && outlineActorsList(shipped.text)).toBeDefined();
  });

  it.each([
    ['single-actor values', 'name: a\nnamespace: b\n'],
    ['a helmfile', 'releases:\n- name: a\n  chart: ./c\n'],
    ['an empty list', 'actors: []\n'],
    ['a flow list', 'actors: [{name: a}]\n'],
    ['an alias item', 'base: &b {name: a}\nactors:\n- *b\n'],
    ['a merge key', 'actors:\n- <<: {name: a}\n'],
    ['a name that reads as a bool', 'actors:\n- name: no\n'],
    ['a name that reads as a number', 'actors:\n- name: 0x1F\n'],
    ['a name that runs on', 'actors:\n- name: a\n    b\n'],
    ['a repeated key', 'actors:\n- name: a\n  name: b\n'],
    ['a repeated root list', 'actors:\n- name: a\nactors:\n- name: b\n'],
    ['a quote that runs on', 'actors:\n- name: a\n  note: "one\n  name: b"\n'],
    ['a tab', 'actors:\n- name: a\n\tx: 1\n'],
    ['two documents', 'actors:\n- name: a\n---\nactors:\n- name: b\n'],
    ['an escape', 'actors:\n- name: "a\\u0062"\n'],
    ['a scalar item', 'actors:\n- a\n'],
    ['a name ending in a no-break space', 'actors:\n- name: a\u00a0\n'],
    ['a no-break space before a key', 'actors:\n- name: a\n\u00a0 x: 1\n'],
    ['a line separator', 'actors:\n- name: a\u2028b\n'],
  ])('leaves %s to the full read', (_, text) => {
    expect(outlineActorsList(text)).toBeUndefined();
  });

  const word = fc.oneof(
    { arbitrary: fc.constantFrom('fetch', 'store', 'a-b', 'x.y', 'rabbitmq'), weight: 12 },
    { arbitrary: fc.constantFrom('yes', 'On', '12', 'null', '~', '', '1e3', '.inf'), weight: 1 },
  );
  const scalar = fc.oneof(
    { arbitrary: word, weight: 6 },
    { arbitrary: word.map((w) => `"${w}"`), weight: 2 },
    { arbitrary: word.map((w) => `'${w}'`), weight: 2 },
    { arbitrary: word.map((w) => `${w} # note`), weight: 2 },
    {
      arbitrary: fc.constantFrom(
        '&a x',
        '*a',
        '!!str 1',
        '|',
        '"a\\"b"',
        "'it''s'",
        '[a]',
        '{a: b}',
      ),
      weight: 1,
    },
  );
  const indent = fc.constantFrom('', '  ', '   ');
  const itemLine = fc.tuple(
    fc.oneof(
      { arbitrary: fc.constantFrom('name', 'namespace', 'transport', 'scaling', 'env'), weight: 8 },
      { arbitrary: fc.constantFrom('"name"', 'x y', 'name '), weight: 1 },
    ),
    scalar,
    fc.oneof(
      { arbitrary: fc.constant(''), weight: 6 },
      {
        arbitrary: fc.constantFrom('\n      deeper', '\n  - name: nested', '\n# c', '\n\n'),
        weight: 2,
      },
    ),
  );
  const item = fc.uniqueArray(itemLine, { minLength: 1, maxLength: 4, selector: ([key]) => key });
  const document = fc
    .tuple(
      fc.option(scalar),
      fc.option(scalar),
      indent,
      fc.array(item, { minLength: 1, maxLength: 4 }),
      fc.constantFrom('', 'releases:\n- name: r\n', 'tail: 1\n', 'namespace: late\n'),
    )
    .map(([namespace, transport, pad, items, tail]) =>
      [
        ...(namespace === null ? [] : [`namespace: ${namespace}`]),
        ...(transport === null ? [] : [`transport: ${transport}`]),
        'actors:',
        ...items.map((lines) =>
          lines
            .map(([key, value, after], n) =>
              n === 0
                ? `${pad}- ${key}: ${value}${after}`
                : `${pad}  ${key}: ${value}${after.replaceAll('\n  ', `\n${pad}  `)}`,
            )
            .join('\n'),
        ),
        tail,
      ].join('\n'),
    );

  it('lists exactly what the full read lists, whenever it lists anything', () => {
    let outlined = 0;
    fc.assert(
      fc.property(document, (text) => {
        const outline = outlineActorsList(text);
        if (!outline) return;
        outlined++;
        const read = listedAfterReading(text);
        if (read) expect(outline).toEqual(read);
      }),
      { numRuns: 400 },
    );
    // The generator is not so wild that nothing is ever outlined.
    expect(outlined).toBeGreaterThan(20);
  });
});

describe('outlineActorsList on damaged text', () => {
  const piece = fc.constantFrom(
    ' ',
    '  ',
    '\n',
    '\n  ',
    '- ',
    ':',
    ': ',
    '#',
    ' #',
    '"',
    "'",
    '[',
    '{',
    '&a ',
    '*a',
    '!t ',
    '|',
    '>',
    '? ',
    '<<: ',
    '---',
    '\t',
    '\u00a0',
    '\u2028',
    '\r',
    'name: x',
    'name',
    '\n- name: y',
    '\\',
    ',',
    'yes',
  );
  const base = [
    'namespace: team',
    'transport: rabbitmq',
    'actors:',
    '- name: fetch',
    '  scaling:',
    '    enabled: true',
    '  env:',
    '  - name: A',
    '    value: "1"',
    '- name: store',
    '  namespace: other',
    '  note: |',
    '    - name: fake',
    '    name: fake',
    '',
  ].join('\n');
  const damaged = fc
    .array(fc.tuple(fc.nat({ max: base.length }), piece), { minLength: 1, maxLength: 3 })
    .map((edits) =>
      edits
        .toSorted(([a], [b]) => b - a)
        .reduce((text, [at, inserted]) => text.slice(0, at) + inserted + text.slice(at), base),
    );

  it('never lists other actors than the full read of the same text', () => {
    fc.assert(
      fc.property(damaged, (text) => {
        const outline = outlineActorsList(text);
        const read = outline && listedAfterReading(text);
        if (read) expect(outline).toEqual(read);
      }),
      { numRuns: 400 },
    );
  });
});
