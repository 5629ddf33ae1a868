/**
 * The values Helm builds from a parsed values file, or the reason it refuses the file. Helm v3
 * (pkg/cli/values/options.go: `yaml.Unmarshal(bytes, &currentMap)`) calls sigs.k8s.io/yaml v1.4.0,
 * which decodes with go-yaml v2 into `interface{}` (goyaml.v2/decode.go), converts map keys to
 * strings (yaml.go, `convertToJSONableObject`) and round-trips the result through JSON. Each step
 * is followed here: merge keys as go-yaml v2 applies them, its alias budget, the keys JSON cannot
 * hold, and the numbers JSON cannot print.
 */
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, Scalar } from 'yaml';
import { upstreamLink } from '../diagnostics/upstream-source.ts';
import { int64Cutoff, resolvePlainScalar } from './go-yaml-resolve.ts';
import { defineKey } from './plain-objects.ts';

/** Why Helm refuses the file, and the node that makes it. */
export interface HelmRefusal {
  /** Helm's own message (after "failed to parse values.yaml: "). */
  message: string;
  /** What the message means for the user. */
  explanation: string;
  /** The upstream code that refuses. */
  source: string;
  /** Offsets of the node in the text. */
  start: number;
  end: number;
}

export type HelmValuesResult =
  | {
      values: unknown;
      /**
       * Every value was decoded once, from its own node: no alias, merge key or repeated key. Then
       * one scalar's new value is all a scalar edit changes (`rereadValues`).
       */
      mirrorsTree: boolean;
    }
  | { refusal: HelmRefusal };

/**
 * Alias expansions the studio performs at most. Helm's own budget (below) stops alias bombs long
 * before this; a file under Helm's budget but above this one is one the studio declines to expand.
 */
export const MAX_DECODED_NODES = 1_000_000;

const decodeSource = upstreamLink('sigsYaml', 'goyaml.v2/decode.go');
const jsonSource = upstreamLink('sigsYaml', 'yaml.go', [181, 250]);

class Refused extends Error {
  constructor(
    readonly refusal: Omit<HelmRefusal, 'start' | 'end'>,
    readonly node: Node,
  ) {
    super(refusal.message);
  }
}

/** `allowedAliasRatio` of goyaml.v2/decode.go: the share of decodes that may come from aliases. */
function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= 400_000) return 0.99;
  if (decodeCount >= 4_000_000) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - 400_000) / 3_600_000);
}

/** Go's strconv.FormatFloat(key, 'g', -1, 32), as sigs.k8s.io/yaml names a float map key. */
export function goFloat32Key(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  const single = Math.fround(value);
  if (single === Infinity) return '.inf';
  if (single === -Infinity) return '-.inf';
  if (single === 0) return Object.is(single, -0) ? '-0' : '0';
  let exponential = single.toExponential();
  for (let digits = 0; digits <= 8; digits++) {
    const candidate = single.toExponential(digits);
    if (Math.fround(Number(candidate)) === single) {
      exponential = candidate;
      break;
    }
  }
  const [mantissa = '0', exponentText = '0'] = exponential.split('e');
  const exponent = Number(exponentText);
  // %e below 1e-4 and from 1e6 on (shortest 'g' uses precision 6 for this choice).
  if (exponent < -4 || exponent >= 6) {
    const sign = exponent < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const point = exponent + 1;
  const whole =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : digits.length <= point
        ? digits.padEnd(point, '0')
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${negative ? '-' : ''}${whole}`;
}

/** The scalar's value as go-yaml v2 decoded it (the schema already resolved it the Go way). */
function scalarKey(node: Scalar): string | { unsupported: string } {
  const value = node.value;
  if (value === null || value === undefined) return { unsupported: '%!s(<nil>)' };
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // Nothing else comes out of the schema for a key but `!!binary` bytes, which JSON cannot key on.
  if (typeof value !== 'number') return { unsupported: typeof value };
  const plain =
    node.tag === undefined && node.type === 'PLAIN' && typeof node.source === 'string'
      ? resolvePlainScalar(node.source)
      : undefined;
  if (plain?.integer === undefined || node.tag === 'tag:yaml.org,2002:float')
    return goFloat32Key(value);
  // go-yaml v2 returns an int when the integer fits int64, a uint64 above; JSON takes no uint64 key.
  return plain.integer < int64Cutoff ? plain.integer.toString() : { unsupported: 'uint64' };
}

interface DecodeState {
  doc: Document;
  decodeCount: number;
  aliasCount: number;
  aliasDepth: number;
  activeAliases: Set<Node>;
  mirrorsTree: boolean;
  /** sigs.k8s.io/yaml's errors come after go-yaml v2 has decoded everything: kept until then. */
  keyError?: Refused;
  notFinite?: Refused;
}

function count(state: DecodeState, node: Node): void {
  state.decodeCount++;
  if (state.aliasDepth > 0) state.aliasCount++;
  if (
    state.aliasCount > 100 &&
    state.decodeCount > 1000 &&
    state.aliasCount / state.decodeCount > allowedAliasRatio(state.decodeCount)
  )
    throw new Refused(
      {
        message: 'yaml: document contains excessive aliasing',
        explanation:
          'its aliases expand to far more values than the file holds (go-yaml v2 stops alias bombs)',
        source: upstreamLink('sigsYaml', 'goyaml.v2/decode.go', [334, 357]),
      },
      node,
    );
  if (state.decodeCount > MAX_DECODED_NODES)
    throw new Refused(
      {
        message: `the studio expands at most ${MAX_DECODED_NODES} values`,
        explanation: 'its aliases expand to more values than the studio follows',
        source: decodeSource,
      },
      node,
    );
}

/** `d.alias` of goyaml.v2/decode.go: the anchored node, decoded again (never inside itself). */
function aliasTarget(state: DecodeState, alias: Node): Node {
  if (!isAlias(alias)) return alias;
  const target = alias.resolve(state.doc) as Node | undefined;
  if (target === undefined)
    throw new Refused(
      {
        message: `yaml: unknown anchor '${alias.source}' referenced`,
        explanation: `the alias *${alias.source} names no anchor (&${alias.source}) defined before it`,
        source: upstreamLink('sigsYaml', 'goyaml.v2/decode.go', 185),
      },
      alias,
    );
  return target;
}

function decodeAlias<T>(state: DecodeState, alias: Node, decodeTarget: (target: Node) => T): T {
  const target = aliasTarget(state, alias);
  if (state.activeAliases.has(alias))
    throw new Refused(
      {
        message: `yaml: anchor '${String((alias as { source?: string }).source)}' value contains itself`,
        explanation: 'the alias sits inside the value it refers to',
        source: upstreamLink('sigsYaml', 'goyaml.v2/decode.go', 393),
      },
      alias,
    );
  state.activeAliases.add(alias);
  state.aliasDepth++;
  state.mirrorsTree = false;
  try {
    return decodeTarget(target);
  } finally {
    state.aliasDepth--;
    state.activeAliases.delete(alias);
  }
}

function decodeNode(state: DecodeState, node: Node | null): unknown {
  if (node === null) return null;
  count(state, node);
  if (isAlias(node)) return decodeAlias(state, node, (target) => decodeNode(state, target));
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    decodeMapping(state, node.items as Pair<Node | null, Node | null>[], out);
    return out;
  }
  if (isSeq(node)) return node.items.map((item) => decodeNode(state, item as Node | null));
  if (isScalar(node)) {
    if (typeof node.value === 'number' && !Number.isFinite(node.value))
      state.notFinite ??= new Refused(
        {
          message: `error converting YAML to JSON: json: unsupported value: ${Number.isNaN(node.value) ? 'NaN' : node.value > 0 ? '+Inf' : '-Inf'}`,
          explanation: `JSON has no ${String(node.source)}, and Helm converts the values to JSON`,
          source: jsonSource,
        },
        node,
      );
    return node.value ?? null;
  }
  return null;
}

/** go-yaml v2's `isMerge`: a plain `<<` key, or one tagged `!!merge`. */
function isMergeKey(key: Node | null): boolean {
  return (
    key !== null &&
    isScalar(key) &&
    key.source === '<<' &&
    ((key.type === 'PLAIN' && key.tag === undefined) || key.tag === 'tag:yaml.org,2002:merge')
  );
}

function mergeMustBeMap(node: Node): Refused {
  return new Refused(
    {
      message: 'yaml: map merge requires map or sequence of maps as the value',
      explanation: 'a merge key (`<<`) takes a map, an alias of a map, or a list of those',
      source: upstreamLink('sigsYaml', 'goyaml.v2/decode.go', [782, 784]),
    },
    node,
  );
}

/** `d.merge` of goyaml.v2/decode.go: the merged maps are decoded into the same map, in place. */
function decodeMerge(state: DecodeState, value: Node | null, out: Record<string, unknown>): void {
  state.mirrorsTree = false;
  const into = (node: Node): void => {
    count(state, node);
    if (isAlias(node)) {
      decodeAlias(state, node, (target) => {
        if (!isMap(target)) throw mergeMustBeMap(node);
        count(state, target);
        decodeMapping(state, target.items as Pair<Node | null, Node | null>[], out);
      });
    } else if (isMap(node))
      decodeMapping(state, node.items as Pair<Node | null, Node | null>[], out);
    else throw mergeMustBeMap(node);
  };
  if (value !== null && isSeq(value)) {
    // Earlier maps take precedence: go-yaml v2 steps backwards, so they are written last.
    const items = value.items as (Node | null)[];
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i] ?? null;
      const target = item !== null && isAlias(item) ? aliasTarget(state, item) : item;
      if (item === null || target === null || !isMap(target)) throw mergeMustBeMap(item ?? value);
      into(item);
    }
  } else if (value !== null && (isMap(value) || isAlias(value))) into(value);
  else throw mergeMustBeMap(value ?? ({ range: undefined } as unknown as Node));
}

function keyOf(state: DecodeState, key: Node | null, pairValue: Node | null): string {
  const keyNode = key === null ? null : isAlias(key) ? aliasTarget(state, key) : key;
  if (keyNode !== null && (isMap(keyNode) || isSeq(keyNode)))
    throw new Refused(
      {
        message: `yaml: invalid map key: ${isMap(keyNode) ? 'map[interface {}]interface {}' : '[]interface {}'}{…}`,
        explanation: `a ${isMap(keyNode) ? 'map' : 'list'} cannot be a map key`,
        source: upstreamLink('sigsYaml', 'goyaml.v2/decode.go', [669, 674]),
      },
      key ?? pairValue ?? keyNode,
    );
  const name =
    keyNode === null || !isScalar(keyNode) ? { unsupported: '%!s(<nil>)' } : scalarKey(keyNode);
  if (typeof name === 'string') return name;
  state.keyError ??= new Refused(
    {
      message: `error converting YAML to JSON: unsupported map key of type: ${name.unsupported}`,
      explanation:
        name.unsupported === 'uint64'
          ? 'JSON object keys cannot hold an integer this large, and Helm converts the values to JSON'
          : 'a null key cannot become a JSON object key, and Helm converts the values to JSON',
      source: jsonSource,
    },
    key ?? pairValue ?? (state.doc.contents as Node),
  );
  return '';
}

function decodeMapping(
  state: DecodeState,
  pairs: readonly Pair<Node | null, Node | null>[],
  out: Record<string, unknown>,
): void {
  for (const pair of pairs) {
    if (isMergeKey(pair.key)) {
      decodeMerge(state, pair.value, out);
      continue;
    }
    if (pair.key !== null) count(state, pair.key);
    const name = keyOf(state, pair.key, pair.value);
    if (Object.hasOwn(out, name)) state.mirrorsTree = false;
    defineKey(out, name, decodeNode(state, pair.value));
  }
}

/** The name go-yaml v2 and JSON give a map key written as a scalar (no alias, no merge key). */
export function helmKeyName(key: Node | null): string | undefined {
  if (key === null || !isScalar(key) || isMergeKey(key)) return undefined;
  const name = scalarKey(key);
  return typeof name === 'string' ? name : undefined;
}

/** The values Helm reads from the document, or why Helm refuses it. */
export function decodeAsHelm(doc: Document): HelmValuesResult {
  const state: DecodeState = {
    doc,
    // The document node itself is the first decode.
    decodeCount: 1,
    aliasCount: 0,
    aliasDepth: 0,
    activeAliases: new Set(),
    mirrorsTree: true,
  };
  try {
    const values = decodeNode(state, doc.contents);
    const later = state.keyError ?? state.notFinite;
    if (later) throw later;
    return { values, mirrorsTree: state.mirrorsTree };
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    const [start, end] = error.node.range ?? [0, 0];
    return { refusal: { ...error.refusal, start, end } };
  }
}
