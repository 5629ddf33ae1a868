// The chart stage (profile asya-actor) against a real `helm template` of the chart Asya ships:
// every shipped golden case for that chart, hostile files, a few hundred generated values files
// and generated multi-actor (`actors:`) documents, written as YAML text so that Helm's reading of
// the values is compared too.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  asyaActorChart,
  helmScratch,
  helmTemplate,
  realHelmBinary,
  type HelmTemplateResult,
} from '../../../scripts/real-helm.ts';
import { parseValuesText, readYaml } from '../document/index.ts';
import { runRelease } from '../release/analyze-release.ts';
import { renderChart } from './index.ts';

/** One values file and what each side made of it: the AsyncActor, or a refusal. */
interface Outcome {
  refused?: string;
  asyncActor?: unknown;
}

/** JSON, as the API server receives the object: key order and -0 do not matter. */
function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** The studio: read the text as Helm does, then render the asya-actor chart. */
function studioOutcome(valuesText: string, release: string): Outcome {
  const parsed = parseValuesText(valuesText);
  const refusal = parsed.diagnostics.find((d) => d.stage === 'yaml' && d.severity === 'error');
  if (!parsed.ok || refusal) return { refused: refusal?.message ?? 'not ok' };
  const chart = renderChart(parsed.values, { profile: 'asya-actor', releaseName: release });
  if (chart.error !== undefined || !chart.asyncActor) return { refused: chart.error };
  return { asyncActor: asJson(chart.asyncActor) };
}

/** Helm: the AsyncActor document of `helm template`, read as the API server's client reads it. */
function helmOutcome(result: HelmTemplateResult): Outcome {
  if (!result.ok) return { refused: result.stderr.trim() };
  const documents = result.stdout.split(/^---$/m);
  const actor = documents.find((d) => d.includes('# Source: asya-actor/templates/asyncactor.yaml'));
  if (actor === undefined) return { refused: 'no AsyncActor rendered' };
  const parsed = parseValuesText(actor);
  expect(parsed.ok, actor).toBe(true);
  return { asyncActor: asJson(parsed.values) };
}

/** A whole `helm template` run: every document it prints, in order, or a refusal. */
interface ReleaseOutcome {
  refused?: string;
  /** The AsyncActors, one per actor, as the API server's client reads them. */
  asyncActors?: unknown[];
}

/**
 * The studio on a document that may hold an `actors:` list: every actor's chart stage in document
 * order, as `actor-studio render --stage chart` prints it; one failing actor fails the release.
 */
function studioRelease(valuesText: string, release: string): ReleaseOutcome {
  const parsed = parseValuesText(valuesText);
  const refusal = parsed.diagnostics.find((d) => d.stage === 'yaml' && d.severity === 'error');
  if (!parsed.ok || refusal) return { refused: refusal?.message ?? 'not ok' };
  const run = runRelease(parsed.values, { profile: 'asya-actor', releaseName: release });
  const failed = run.actors.find(({ pipeline }) => pipeline.chart.error !== undefined);
  if (failed) return { refused: failed.pipeline.chart.error };
  return { asyncActors: run.actors.flatMap(({ pipeline }) => pipeline.chart.objects.map(asJson)) };
}

const asyncActorSource = 'asya-actor/templates/asyncactor.yaml';
/** The chart's test and pre-install hooks: Pods the studio checks for template errors but does not show. */
const hookSources = /^asya-actor\/templates\/tests\/[a-z-]+\.yaml$/;

/**
 * Every document Helm printed, in order: the AsyncActors are read as the API server's client reads
 * them, and anything else must be one of the chart's hooks (a document of another kind would be
 * one the studio does not render).
 */
function helmRelease(result: HelmTemplateResult): ReleaseOutcome {
  if (!result.ok) return { refused: result.stderr.trim() };
  const documents = result.stdout
    .split(/^---$/m)
    .filter((d) => d.trim() !== '')
    .map((text) => ({ text, source: /^# Source: (.+)$/m.exec(text)?.[1] ?? '' }));
  const others = documents.filter((d) => d.source !== asyncActorSource);
  expect(others.filter((d) => !hookSources.test(d.source)).map((d) => d.text)).toEqual([]);
  const asyncActors = documents
    .filter((d) => d.source === asyncActorSource)
    .map(({ text }) => {
      const parsed = parseValuesText(text);
      expect(parsed.ok, text).toBe(true);
      return asJson(parsed.values);
    });
  return { asyncActors };
}

/** Both sides agree: both refuse, or both render the same object. */
function agree<T extends { refused?: string }>(studio: T, helm: T): boolean {
  if (studio.refused !== undefined || helm.refused !== undefined)
    return studio.refused !== undefined && helm.refused !== undefined;
  try {
    expect(studio).toEqual(helm);
    return true;
  } catch {
    return false;
  }
}

/** Scalars as they are written in values files, including the ones readers disagree about. */
const oddScalars = [
  ...['yes', 'no', 'on', 'off', 'y', 'n', 'Y', 'N', 'True', 'FALSE', 'On', 'OFF', 'NO'],
  ...['~', 'null', 'Null', '', 'true', 'false'],
  ...['02:30', '1:30', '12:30:00', '190:20:30.15', '-1:30'],
  ...['0o644', '0644', '0777', '08', '09', '0x1F', '0X1f', '0b101', '-0b11', '0o', '0x', '0b2'],
  ...['1_000', '1_000_000', '+_1', '1_', '_1', '1__0', '0x_ff', '1_0.5'],
  ...['1000000', '1e6', '1e+06', '1.0e+21', '12345678901234567890', '9007199254740993'],
  ...['0x8000000000000000', '0xFFFFFFFFFFFFFFFFF', '-9223372036854775809', '1e400', '-1e400'],
  ...['-0', '+1', '-0.0', '1.', '.5', '-.5', '+.5e2', '.5_0', '3.14', '-1.5e-7', '1e3', '1E3'],
  ...['2001-12-14', '2001-12-14T21:59:43.10-05:00', '2001-12-14 21:59:43.10'],
  ...['abc', 'my-actor', '100m', '512Mi', '=', '-', '0.', '.', '+', '+.inf', '.Inf', '-.INF'],
  ...['"quoted"', "'single'", '"yes"', "'0777'", '"1:30"', '"\\t"', '"\\u00e9"'],
];
/** Scalars Helm refuses (NaN and infinities cannot become JSON). */
const refusedScalars = ['.nan', '.NaN', '.inf', '-.inf'];
const keys = [
  ...['a', 'b', 'key', 'minReplicas', 'image', '__proto__', 'constructor', 'x.y', 'with space'],
  ...['y', 'n', 'on', 'off', 'yes', 'true', 'Null2', '1', '0x10', '0777', '1.5', '1e6', '-0'],
  ...['"quoted"', "'yes'", '02:30', '1_000', '0.1', '1e-5', '12345678901234567890', '~'],
];

type Tree = string | { map: [string, Tree][] } | { list: Tree[] };

const scalar = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom(...oddScalars) },
  { weight: 1, arbitrary: fc.constantFrom(...refusedScalars) },
);
/** Nested maps and lists with these leaves and keys. */
function treeOf(leaf: fc.Arbitrary<string>, keyTexts: readonly string[]): fc.Arbitrary<Tree> {
  return fc.letrec<{ tree: Tree }>((recur) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.record({
        map: fc.array(fc.tuple(fc.constantFrom(...keyTexts), recur('tree')), { maxLength: 4 }),
      }),
      fc.record({ list: fc.array(recur('tree'), { maxLength: 3 }) }),
    ),
  })).tree;
}
const tree = treeOf(scalar, keys);
/** Block-style YAML for a tree whose leaves are scalar texts. */
function emit(node: Tree, indent: string): string[] {
  if (typeof node === 'string') return [`${indent}${node}`];
  if ('list' in node) {
    if (node.list.length === 0) return [`${indent}[]`];
    return node.list.flatMap((item) =>
      typeof item === 'string' || emptyCollection(item)
        ? [`${indent}- ${emit(item, '')[0] ?? ''}`.trimEnd()]
        : [`${indent}-`, ...emit(item, `${indent}  `)],
    );
  }
  if (node.map.length === 0) return [`${indent}{}`];
  return node.map.flatMap(([key, value]) =>
    typeof value === 'string' || emptyCollection(value)
      ? [`${indent}${key}: ${emit(value, '')[0] ?? ''}`.trimEnd()]
      : [`${indent}${key}:`, ...emit(value, `${indent}  `)],
  );
}

function emptyCollection(node: Tree): boolean {
  return typeof node !== 'string' && ('list' in node ? node.list : node.map).length === 0;
}

/** Scalars the chart prints raw (`{{ }}`): no `: ` or `#`, which would change the manifest's shape. */
const rawScalarTexts = oddScalars.filter(
  (s) => !s.startsWith('"') && !s.startsWith("'") && s !== '-',
);
const rawScalar = fc.constantFrom(...rawScalarTexts);
/** Raw scalars Helm reads without refusing the file: JSON has no infinity. */
const readableScalar = fc.constantFrom(...rawScalarTexts.filter((text) => !/inf|e400/i.test(text)));
/** A tree of those, without a null or uint64 key (JSON has none). */
const readableTree = treeOf(
  readableScalar,
  keys.filter((key) => !['~', '12345678901234567890'].includes(key)),
);
/** A record of trees as a map tree (keys in record order). */
function mapTree(record: Partial<Record<string, Tree>>): Tree {
  return { map: Object.entries(record).filter((e): e is [string, Tree] => e[1] !== undefined) };
}

/** A `scaling` block, each key present or not, `enabled` and the numbers odd scalars. */
function scalingBlockWith(leaf: fc.Arbitrary<string>, advanced: fc.Arbitrary<Tree>) {
  return fc
    .record(
      {
        enabled: leaf,
        minReplicas: leaf,
        maxReplicas: leaf,
        pollingInterval: leaf,
        cooldownPeriod: leaf,
        queueLength: leaf,
        advanced,
      },
      { requiredKeys: [] },
    )
    .map(mapTree);
}
const scalingBlock = scalingBlockWith(rawScalar, tree);
const valuesTree = fc
  .record(
    {
      name: fc.oneof(fc.constantFrom('echo', 'my-actor', 'orders'), rawScalar),
      namespace: rawScalar,
      transport: fc.oneof(fc.constantFrom('rabbitmq', 'sqs'), rawScalar),
      scaling: fc.oneof(scalingBlock, rawScalar),
      timeout: tree,
      workload: tree,
      default: fc
        .record(
          { scaling: fc.oneof(scalingBlock, fc.constant('~')), workload: tree },
          { requiredKeys: [] },
        )
        .map(mapTree),
      extra: tree,
    },
    { requiredKeys: ['name'] },
  )
  .map(mapTree);

/** Values that are empty to Go templates (`default` replaces them): an item with one inherits the root's. */
const goEmpty = fc.constantFrom('~', '""', "''", 'false', 'no', '0', '[]', '{}');
/**
 * Mostly what users write, now and then anything: most documents then render, so that what each
 * actor inherits is compared object by object, not only that both sides refuse.
 */
function mostly<T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>, oddOneIn = 6): fc.Arbitrary<T> {
  return fc.oneof({ weight: oddOneIn - 1, arbitrary: usual }, { weight: 1, arbitrary: odd });
}
const readableScaling = scalingBlockWith(readableScalar, readableTree);
const onOff = mostly(fc.constantFrom('true', 'false'), readableScalar);
/** A workload as users write it, or anything at all. */
const workloadBlock = mostly(
  fc
    .record({ kind: fc.constantFrom('Deployment', 'StatefulSet'), image: readableScalar })
    .map(({ kind, image }): Tree => ({
      map: [
        ['kind', kind],
        [
          'template',
          mapTree({
            spec: mapTree({
              containers: {
                list: [mapTree({ name: 'asya-runtime', image: `my-image:${image}` })],
              },
            }),
          }),
        ],
      ],
    })),
  readableTree,
);
/** `default.healthChecks` with the keys the chart's hooks read. */
const healthChecksBlock = fc
  .record(
    {
      preInstall: fc.record({ enabled: onOff }).map(mapTree),
      crew: fc
        .record(
          {
            enabled: onOff,
            requiredActors: mostly(
              fc.constantFrom<Tree>({ list: ['happy-end', 'error-end'] }, { list: [] }),
              readableTree,
            ),
          },
          { requiredKeys: [] },
        )
        .map(mapTree),
      queue: fc
        .record({ enabled: onOff, timeoutSeconds: readableScalar }, { requiredKeys: [] })
        .map(mapTree),
      deployment: fc.record({ enabled: onOff }).map(mapTree),
      status: mostly(fc.record({ enabled: onOff }).map(mapTree), readableTree),
    },
    { requiredKeys: [] },
  )
  .map(mapTree);
/** What the hooks read under `infrastructure`. */
const infrastructureBlock = fc
  .record(
    {
      operatorNamespace: readableScalar,
      rabbitmq: fc.record({ podName: readableScalar }).map(mapTree),
    },
    { requiredKeys: [] },
  )
  .map(mapTree);
/** A scaling override as the chart's own example writes it: no `enabled`, so autoscaling goes off. */
const scalingWithoutEnabled = fc
  .record(
    { maxReplicas: readableScalar, minReplicas: readableScalar },
    { requiredKeys: ['maxReplicas'] },
  )
  .map(mapTree);
/** One item of `actors:`: each inherited key its own, empty (so the root's) or absent. */
const actorItem = fc
  .record(
    {
      name: mostly(fc.constantFrom('one', 'two', 'orders', 'echo'), readableScalar),
      namespace: fc.oneof(fc.constantFrom('team-a', 'default'), readableScalar, goEmpty),
      transport: fc.oneof(fc.constantFrom('rabbitmq', 'sqs'), readableScalar, goEmpty),
      // A scalar scaling fails the whole release: one item in 15 has one.
      scaling: mostly(
        fc.oneof(readableScaling, scalingWithoutEnabled, goEmpty),
        readableScalar,
        15,
      ),
      workload: mostly(workloadBlock, goEmpty),
      healthChecks: fc.oneof(healthChecksBlock, goEmpty),
      timeout: readableTree,
      extra: readableTree,
    },
    { requiredKeys: ['name'] },
  )
  .map(mapTree);
/** `actors:` as written: usually a list of items (now and then an odd one), else empty or no list. */
const actorsValue = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .array(mostly(actorItem, readableTree, 15), { minLength: 1, maxLength: 4 })
      .map((list): Tree => ({ list })),
  },
  { weight: 2, arbitrary: fc.constantFrom<Tree>({ list: [] }, '~', '[]') },
  {
    weight: 1,
    arbitrary: fc.oneof(
      readableScalar,
      fc.record({ map: fc.array(fc.tuple(fc.constantFrom(...keys), actorItem), { maxLength: 3 }) }),
    ),
  },
);
/** The shipped chart's values with an `actors:` list, root keys each present or not. */
const actorsDocument = fc
  .record(
    {
      name: mostly(fc.constantFrom('my-release', 'pipeline'), readableScalar),
      namespace: fc.oneof(fc.constantFrom('team-b', 'default'), readableScalar),
      transport: fc.oneof(fc.constantFrom('rabbitmq', 'sqs'), readableScalar),
      scaling: readableScaling,
      workload: workloadBlock,
      default: fc
        .record(
          {
            scaling: fc.oneof(readableScaling, scalingWithoutEnabled, goEmpty),
            workload: mostly(workloadBlock, goEmpty),
            healthChecks: mostly(healthChecksBlock, goEmpty),
          },
          { requiredKeys: [] },
        )
        .map(mapTree),
      infrastructure: mostly(infrastructureBlock, readableTree),
      actors: actorsValue,
    },
    { requiredKeys: ['actors'] },
  )
  .map(mapTree);

/** Files Helm refuses, or that readers get wrong, each with what it tries. */
const hostileFiles: Record<string, string> = {
  'NUL in a value': 'name: a\ntimeout: {a: "x\0y"}\n',
  'raw ESC in a value': 'name: a\ntimeout: {a: b\x1bc}\n',
  'raw BEL in a comment': 'name: a # \x07\n',
  'DEL character': 'name: a\x7f\n',
  '%YAML 1.2 directive': '%YAML 1.2\n---\nname: a\n',
  '%YAML 1.1 directive': '%YAML 1.1\n---\nname: a\n',
  'lone surrogate escape': 'name: a\ntimeout: {a: "\\uD800"}\n',
  'null key': 'name: a\ntimeout:\n  ~: 1\n',
  'list key': 'name: a\ntimeout:\n  [1]: 1\n',
  'map key': 'name: a\ntimeout:\n  {a: 1}: 1\n',
  'undefined alias': 'name: a\ntimeout:\n  a: *nope\n',
  'circular alias': 'name: a\ntimeout: &x\n  a: *x\n',
  'merge keys override': 'name: a\nbase: &b {x: 1, y: 2}\ntimeout:\n  x: 0\n  <<: *b\n',
  'merge list order': 'name: a\ntimeout:\n  <<: [{x: 1}, {x: 2, y: 3}]\n',
  'merge of a scalar': 'name: a\ntimeout:\n  <<: 1\n',
  'uint64 key': 'name: a\ntimeout:\n  18446744073709551615: x\n',
  'float keys': 'name: a\ntimeout:\n  1.5: a\n  1e6: b\n  0.1: c\n  1234567.5: d\n  -0.0: e\n',
  'timestamp keys and values': 'name: a\ntimeout:\n  2001-12-14: 2001-12-14t21:59:43.10-05:00\n',
  'explicit tags': 'name: a\ntimeout:\n  a: !!str 0777\n  b: !!float 5\n  c: !!int "0o17"\n',
  'explicit tag mismatch': 'name: a\ntimeout:\n  a: !!int 1.5\n',
  'custom tag': 'name: a\ntimeout:\n  a: !foo 0777\n',
  'many aliases (Helm accepts)': `name: a\nx: &x 1\ntimeout:\n${Array.from({ length: 150 }, (_, i) => `  k${i}: *x`).join('\n')}\n`,
  'alias bomb': `name: a\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`).join('\n')}\n`,
  'tab-only line': 'name: a\n\t\ntimeout: {a: 1}\n',
  'tab after a dash': 'name: a\ntimeout:\n  a:\n    - \t1\n',
  'tab after a colon': 'name: a\ntimeout:\n  a:\t1\n',
  'tab after spaces on a blank line': 'name: a\n  \t\ntimeout: {a: 1}\n',
  'document is a list': '- a\n- b\n',
  'document is null': '~\n',
  'second document ignored': 'name: a\n---\nname: b\n',
};

// vite.config.ts leaves this file out when the reference chart or the binary's platform is missing.
describe('the asya-actor chart stage equals real `helm template`', () => {
  const scratch = helmScratch();
  const filesDir = join(scratch, 'values');
  let helm = '';
  const helmResults = new Map<string, HelmTemplateResult>();

  /** Runs helm on every text, two at a time (the machine has two cores). */
  async function renderAll(texts: readonly string[], release: (i: number) => string) {
    mkdirSync(filesDir, { recursive: true });
    let next = 0;
    const worker = async () => {
      while (next < texts.length) {
        const i = next++;
        const text = texts[i] ?? '';
        const file = join(filesDir, `${i}.yaml`);
        writeFileSync(file, text);
        helmResults.set(
          `${release(i)}\n${text}`,
          await helmTemplate(helm, scratch, release(i), file),
        );
      }
    };
    await Promise.all([worker(), worker()]);
  }

  const goldenCases = [
    ...['golden', 'golden-readme'].map((set) =>
      join(asyaActorChart, '..', '..', 'conformance', set),
    ),
    // The studio's own cases, multi-actor ones among them, were written from real Helm's output.
    fileURLToPath(new URL('../../../conformance/studio/golden', import.meta.url)),
  ]
    .filter((root) => existsSync(root))
    .flatMap((root) =>
      readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(root, entry.name)),
    )
    .map((folder) => {
      const caseData = (readYaml(readFileSync(join(folder, 'case.yaml'), 'utf8')) ?? {}) as {
        profile?: string;
        releaseName?: string;
        release?: { name?: string };
        result?: string;
      };
      return {
        name: folder.split('/').slice(-2).join('/'),
        profile: caseData.profile ?? 'asya-actor',
        release: caseData.releaseName ?? caseData.release?.name ?? 'release-name',
        renderError: caseData.result === 'render-error',
        text: readFileSync(join(folder, 'values.yaml'), 'utf8'),
      };
    })
    // README-profile cases model the asya-test-actor chart, which has no real chart to run.
    .filter((c) => c.profile === 'asya-actor');

  const generated = fc
    .sample(valuesTree, { seed: 20251202, numRuns: 200 })
    .map((values) => `${emit(values, '').join('\n')}\n`);

  const generatedDocuments = fc
    .sample(actorsDocument, { seed: 20261202, numRuns: 150 })
    .map((values) => `${emit(values, '').join('\n')}\n`);

  beforeAll(async () => {
    helm = realHelmBinary();
    await renderAll(
      goldenCases.map((c) => c.text),
      (i) => goldenCases[i]?.release ?? 'release-name',
    );
    await renderAll(Object.values(hostileFiles), () => 'hostile');
    await renderAll(generated, () => 'generated');
    await renderAll(generatedDocuments, () => 'actors');
  }, 240_000);

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const helmRun = (text: string, release: string) => {
    const result = helmResults.get(`${release}\n${text}`);
    if (result === undefined) throw new Error('helm did not run on this file');
    return result;
  };
  const compare = (text: string, release: string) => ({
    studio: studioOutcome(text, release),
    helm: helmOutcome(helmRun(text, release)),
  });

  it('finds the shipped golden cases of the asya-actor chart', () => {
    expect(goldenCases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(goldenCases.map((c) => [c.name, c] as const))('golden case %s', (_, c) => {
    const studio = studioRelease(c.text, c.release);
    const real = helmRelease(helmRun(c.text, c.release));
    expect(real.refused !== undefined, real.refused).toBe(c.renderError);
    if (c.renderError) expect(studio.refused).toBeDefined();
    else expect(studio).toEqual(real);
  });

  it.each(Object.entries(hostileFiles))('hostile file: %s', (_, text) => {
    const { studio, helm: real } = compare(text, 'hostile');
    expect(agree(studio, real), JSON.stringify({ text, studio, helm: real }, null, 2)).toBe(true);
  });

  it('200 generated values files', () => {
    const disagreements = generated
      .map((text) => ({ text, ...compare(text, 'generated') }))
      .filter(({ studio, helm: real }) => !agree(studio, real));
    if (process.env.DIFF_DUMP)
      writeFileSync(process.env.DIFF_DUMP, JSON.stringify(disagreements, null, 1));
    expect(
      disagreements.slice(0, 3).map((d) => JSON.stringify(d, null, 2)),
      `${disagreements.length} of ${generated.length} disagree`,
    ).toEqual([]);
  });

  it('150 generated documents with an `actors:` list: every document, in order', () => {
    const disagreements = generatedDocuments
      .map((text) => ({
        text,
        studio: studioRelease(text, 'actors'),
        helm: helmRelease(helmRun(text, 'actors')),
      }))
      .filter(({ studio, helm: real }) => !agree(studio, real));
    if (process.env.DIFF_DUMP)
      writeFileSync(`${process.env.DIFF_DUMP}.actors`, JSON.stringify(disagreements, null, 1));
    // Worth something only if Helm renders many of them (agreeing refusals compare no objects).
    const rendered = generatedDocuments.filter((text) => helmRun(text, 'actors').ok);
    expect(rendered.length).toBeGreaterThan(generatedDocuments.length / 2);
    expect(
      disagreements.slice(0, 3).map((d) => JSON.stringify(d, null, 2)),
      `${disagreements.length} of ${generatedDocuments.length} disagree`,
    ).toEqual([]);
  });
});
