import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { goYamlResolveSource } from './go-yaml-resolve.ts';
import { invalidEscapeIn } from './helm-text-refusals.ts';
import { keyName } from './node-path.ts';
import { helmRefusesDiagnostic, yamlDiagnostic, type Reader } from './yaml-diagnostic.ts';
import { readPlainAsYaml12, sameScalar } from './yaml12-reading.ts';

/** A diagnostic of the tree pass, with the offsets it was made for (a later patch moves them). */
export interface TreeWarning {
  /** Where the node it is about starts. */
  node: number;
  /** The diagnostic's own offsets. */
  start: number;
  end: number;
  diagnostic: Diagnostic;
}

export interface TreeWarnings {
  /** In tree order. */
  warnings: TreeWarning[];
  /**
   * Each warning belongs to one scalar and the list is in text order: a patched scalar's warnings
   * can be replaced alone (`rereadTreeWarnings`). False with custom tags, whose warnings span
   * collections.
   */
  perScalar: boolean;
}

/** Standard tags Helm's decoder understands; any other explicit tag is worth a warning. */
const STANDARD_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq', 'binary', 'merge', 'timestamp'].map(
    (name) => `tag:yaml.org,2002:${name}`,
  ),
);

function describeScalar(value: unknown): string {
  if (typeof value === 'string') return `the string "${value}"`;
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${value}`;
  return JSON.stringify(value) ?? typeof value;
}

/** What is wrong with one scalar on its own: an escape Helm refuses, or a YAML 1.1-only reading. */
export function scalarWarning(reader: Reader, node: Node): TreeWarning | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  if (node.type === 'QUOTE_DOUBLE') {
    const refusal = invalidEscapeIn(reader.text.slice(start, end), start);
    return (
      refusal && {
        node: start,
        start: refusal.start,
        end: refusal.end,
        diagnostic: helmRefusesDiagnostic(reader, refusal),
      }
    );
  }
  // An explicit tag decides the type for every reader.
  if (node.type !== 'PLAIN' || typeof node.source !== 'string' || node.tag !== undefined)
    return undefined;
  const as12 = readPlainAsYaml12(node.source);
  if (sameScalar(as12, node.value)) return undefined;
  const diagnostic = yamlDiagnostic(
    reader,
    'yaml/yaml11-reading',
    'warning',
    `Helm reads \`${node.source}\` as ${describeScalar(node.value)} (go-yaml v2, as Helm reads values), while YAML 1.2 tools and editors read ${describeScalar(as12)}.`,
    typeof node.value === 'string'
      ? `Quote it ("${node.source}") so every reader agrees.`
      : `Write it unambiguously: ${JSON.stringify(node.value)}, or quote it if you mean the text.`,
    start,
    end,
    goYamlResolveSource,
  );
  return { node: start, start, end, diagnostic };
}

/**
 * One pass over the tree: where Helm's reading differs from YAML 1.2, duplicate keys, tags, the
 * first alias, and escapes Helm refuses. Alias targets are not followed (`decodeAsHelm` does).
 */
export function treeWarnings(reader: Reader): TreeWarnings {
  const warnings: TreeWarning[] = [];
  let aliasReported = false;
  let customTag = false;
  const add = (start: number, end: number, diagnostic: Diagnostic) =>
    warnings.push({ node: start, start, end, diagnostic });
  const checkScalar = (node: Node): void => {
    const warning = scalarWarning(reader, node);
    if (warning) warnings.push(warning);
  };

  const checkTag = (node: Node): void => {
    const tag = node.tag;
    if (tag === undefined || STANDARD_TAGS.has(tag) || !node.range) return;
    customTag = true;
    add(
      node.range[0],
      node.range[1],
      yamlDiagnostic(
        reader,
        'yaml/custom-tag',
        'warning',
        `The tag \`${tag}\` means nothing to Helm: go-yaml v2 reads a scalar under it as a string, and a map or list as if the tag were not there.`,
        'Remove the tag.',
        node.range[0],
        node.range[1],
      ),
    );
  };

  const walk = (node: Node | null | undefined): void => {
    if (node === null || node === undefined) return;
    if (isAlias(node)) {
      if (!aliasReported && node.range) {
        aliasReported = true;
        add(
          node.range[0],
          node.range[1],
          yamlDiagnostic(
            reader,
            'yaml/alias',
            'warning',
            `The file uses anchors and aliases (*${node.source}): Helm copies the anchored value to every alias, so the form shows the copy, and editing it changes every place that uses the anchor.`,
            'Write the values out in full if each place should be edited on its own.',
            node.range[0],
            node.range[1],
          ),
        );
      }
      return;
    }
    checkTag(node);
    if (isScalar(node)) {
      checkScalar(node);
      return;
    }
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (key !== null && isScalar(key)) checkScalar(key);
        const name = keyName(key);
        if (seen.has(name) && key?.range) {
          add(
            key.range[0],
            key.range[1],
            yamlDiagnostic(
              reader,
              'yaml/duplicate-key',
              'warning',
              `The key \`${name}\` appears twice in this map: Helm keeps only the last one, so the earlier value is silently lost.`,
              'Remove one of the two entries.',
              key.range[0],
              key.range[1],
            ),
          );
        }
        seen.add(name);
        walk(pair.value as Node | null);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item as Node | null);
    }
  };

  walk(reader.doc.contents);
  const inTextOrder = warnings.every((w, i) => i === 0 || (warnings[i - 1]?.node ?? 0) <= w.node);
  return { warnings, perScalar: !customTag && inTextOrder };
}
