import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import type { Diagnostic, SourceRange, ValuesPath } from '../diagnostics/diagnostic.ts';
import { nestingDepth } from './nesting-depth.ts';
import { patchScalarEdit } from './patch-scalar-edit.ts';
import { headRange, offsetRange, pathAtOffset, walkPath, keyName } from './node-path.ts';
import { valuesParseOptions } from './yaml-options.ts';
import { readPlainAsYaml12, sameScalar } from './yaml12-reading.ts';
import { goYamlResolveSource } from './go-yaml-resolve.ts';
import { decodeAsHelm, type HelmRefusal } from './helm-values.ts';
import {
  incompatibleVersionIn,
  invalidEscapeIn,
  refusedCharacterIn,
  refusedTabIn,
} from './helm-text-refusals.ts';

/** The values text, read once: what Helm sees, what is wrong with the text, and where things are. */
export interface ParsedValues {
  text: string;
  /** No syntax error and nothing Helm refuses: the text can be read, and edited through `setValueAtPath`. */
  ok: boolean;
  /** Plain JS, read as Helm reads it (go-yaml v2, then JSON); `{}` for an empty or comment-only document. */
  values: unknown;
  /** Syntax errors, and warnings about YAML that reads differently than it looks. */
  diagnostics: Diagnostic[];
  /** The range of the value at a path (one line), or of the nearest ancestor that exists. */
  locate: (path: ValuesPath) => SourceRange | undefined;
  /** The range of the key that holds the value at a path, if that key exists. */
  keyRange: (path: ValuesPath) => SourceRange | undefined;
  /** The path of the innermost node at a 1-based line and column. */
  pathAt: (line: number, col: number) => ValuesPath;
}

/** Standard tags Helm's decoder understands; any other explicit tag is worth a warning. */
const STANDARD_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq', 'binary', 'merge', 'timestamp'].map(
    (name) => `tag:yaml.org,2002:${name}`,
  ),
);

interface Reader {
  text: string;
  doc: Document;
  lineCounter: LineCounter;
}

function yamlDiagnostic(
  reader: Reader,
  ruleId: string,
  severity: Diagnostic['severity'],
  message: string,
  fix: string,
  start: number,
  end: number,
  source?: string,
): Diagnostic {
  const offset = Math.min(start, reader.text.length);
  return {
    ruleId,
    severity,
    stage: 'yaml',
    message,
    fix,
    path: pathAtOffset(reader.doc, offset),
    range: offsetRange(
      reader.lineCounter,
      offset,
      Math.min(Math.max(end, offset), reader.text.length),
    ),
    ...(source === undefined ? {} : { source }),
  };
}

/** An error at the place that makes Helm refuse the whole file. */
function helmRefusesDiagnostic(reader: Reader, refusal: HelmRefusal): Diagnostic {
  return yamlDiagnostic(
    reader,
    'yaml/helm-refuses',
    'error',
    `Helm refuses this values file ("${refusal.message}"): ${refusal.explanation}. \`helm install\` stops before rendering anything.`,
    'Change the text here so the file reads as YAML that Helm accepts.',
    refusal.start,
    refusal.end,
    refusal.source,
  );
}

function describeScalar(value: unknown): string {
  if (typeof value === 'string') return `the string "${value}"`;
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${value}`;
  return JSON.stringify(value) ?? typeof value;
}

/**
 * One pass over the tree: where Helm's reading differs from YAML 1.2, duplicate keys, tags, the
 * first alias, and escapes Helm refuses. Alias targets are not followed (`decodeAsHelm` does).
 */
function treeWarnings(reader: Reader): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let aliasReported = false;

  const checkScalar = (node: Node): void => {
    if (isScalar(node) && node.type === 'QUOTE_DOUBLE' && node.range) {
      const [start, end] = node.range;
      const refusal = invalidEscapeIn(reader.text.slice(start, end), start);
      if (refusal) diagnostics.push(helmRefusesDiagnostic(reader, refusal));
    }
    if (!isScalar(node) || node.type !== 'PLAIN' || !node.range || typeof node.source !== 'string')
      return;
    // An explicit tag decides the type for every reader.
    if (node.tag !== undefined) return;
    const as12 = readPlainAsYaml12(node.source);
    if (sameScalar(as12, node.value)) return;
    diagnostics.push(
      yamlDiagnostic(
        reader,
        'yaml/yaml11-reading',
        'warning',
        `Helm reads \`${node.source}\` as ${describeScalar(node.value)} (go-yaml v2, as Helm reads values), while YAML 1.2 tools and editors read ${describeScalar(as12)}.`,
        typeof node.value === 'string'
          ? `Quote it ("${node.source}") so every reader agrees.`
          : `Write it unambiguously: ${JSON.stringify(node.value)}, or quote it if you mean the text.`,
        node.range[0],
        node.range[1],
        goYamlResolveSource,
      ),
    );
  };

  const checkTag = (node: Node): void => {
    const tag = node.tag;
    if (tag === undefined || STANDARD_TAGS.has(tag) || !node.range) return;
    diagnostics.push(
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
        diagnostics.push(
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
          diagnostics.push(
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
  return diagnostics;
}

function tabWarnings(reader: Reader): Diagnostic[] {
  const match = /^[ ]*\t|[:-]\t/m.exec(reader.text);
  if (match === null) return [];
  const at = match.index + match[0].indexOf('\t');
  return [
    yamlDiagnostic(
      reader,
      'yaml/tab-character',
      'warning',
      'A tab character separates YAML tokens here. YAML forbids tabs in indentation, and Helm may read the file differently than the editor shows it.',
      'Use spaces instead of tabs.',
      at,
      at + 1,
    ),
  ];
}

function libraryDiagnostics(reader: Reader): { diagnostics: Diagnostic[]; syntaxError: boolean } {
  const diagnostics: Diagnostic[] = [];
  let syntaxError = false;
  for (const error of reader.doc.errors) {
    const [start, end] = error.pos;
    if (error.code === 'MULTIPLE_DOCS') {
      diagnostics.push(
        yamlDiagnostic(
          reader,
          'yaml/multiple-documents',
          'warning',
          'The file holds more than one YAML document (`---`). Helm reads only the first one as values; the rest is ignored.',
          'Move every value into the first document and remove the `---` separator.',
          start,
          end,
        ),
      );
      continue;
    }
    syntaxError = true;
    diagnostics.push(
      yamlDiagnostic(
        reader,
        'yaml/syntax',
        'error',
        `Helm cannot read this values file: ${error.message}`,
        'Fix the YAML at this position; until then the form shows the last readable values.',
        start,
        end,
      ),
    );
  }
  for (const warning of reader.doc.warnings) {
    // Unknown tags are reported by the tree pass, with a message about Helm.
    if (warning.code === 'TAG_RESOLVE_FAILED') continue;
    diagnostics.push(
      yamlDiagnostic(
        reader,
        'yaml/warning',
        'warning',
        warning.message,
        'Check the YAML at this position.',
        warning.pos[0],
        warning.pos[1],
      ),
    );
  }
  return { diagnostics, syntaxError };
}

/** Deeper than any values file; beyond it the text is refused before the yaml library sees it. */
export const MAX_NESTING_DEPTH = 1000;

/** go-yaml v2's own limit (goyaml.v2/scannerc.go, `max_flow_level` and `max_indents`). */
const GO_YAML_MAX_DEPTH = 10000;

function unreadable(text: string, reason: string, helmToo: boolean): ParsedValues {
  return {
    text,
    ok: false,
    values: {},
    diagnostics: [
      {
        ruleId: 'yaml/unreadable',
        severity: 'error',
        stage: 'yaml',
        message: helmToo
          ? `The values file cannot be read (${reason}); Helm refuses it too ("yaml: exceeded max depth of ${GO_YAML_MAX_DEPTH}").`
          : `The studio cannot read this values file (${reason}); this is a limit of the studio, not of Helm.`,
        fix: 'Simplify the file: it is nested too deeply or too large to process.',
        path: [],
        range: { line: 1, col: 1, endLine: 1, endCol: 1 },
      },
    ],
    locate: () => undefined,
    keyRange: () => undefined,
    pathAt: () => [],
  };
}

/** Parses a values text as Helm reads it. Never throws: every problem comes back as a diagnostic. */
export function parseValuesText(text: string): ParsedValues {
  const depth = nestingDepth(text);
  if (depth > MAX_NESTING_DEPTH)
    return unreadable(text, `it nests ${depth} levels deep`, depth > GO_YAML_MAX_DEPTH);
  try {
    // The Document stays internal: only the closures hold it.
    return parseOrThrow(text).parsed;
  } catch (error) {
    return unreadable(text, error instanceof Error ? error.message : String(error), false);
  }
}

interface ParseResult {
  parsed: ParsedValues;
  doc: Document;
  lineCounter: LineCounter;
}

/**
 * The last few parses, by text. A form edit parses the current text to find the node, parses the
 * edited text to check it, and the studio then derives everything from that same edited text:
 * one parse instead of three. Nothing mutates a parse result, so sharing it is safe.
 */
const recentParses: ParseResult[] = [];
const recentParseLimit = 4;

/**
 * Parses into the internal Document too; for the editing code in this folder only. A text that
 * differs from a recent one only inside one value is patched from that parse instead of parsed
 * again (typing in a large file), with the same result a full parse gives.
 */
export function parseOrThrow(text: string): ParseResult {
  const cached = recentParses.find((r) => r.parsed.text === text);
  if (cached) return cached;
  // The last parse is usually the text before this keystroke, but another text (the operator
  // settings, a secret check) may have been parsed in between: try each recent one.
  let patched: ReturnType<typeof patchScalarEdit>;
  for (const recent of recentParses) {
    patched = patchScalarEdit(
      { text: recent.parsed.text, doc: recent.doc, lineCounter: recent.lineCounter },
      text,
    );
    if (patched) break;
  }
  const result = patched
    ? readTree(patched.text, patched.doc, patched.lineCounter)
    : parseUncached(text);
  recentParses.unshift(result);
  recentParses.length = Math.min(recentParses.length, recentParseLimit);
  return result;
}

/** A full parse, never patched; exported for the tests that hold patching to it. */
export function parseUncached(text: string): ParseResult {
  const lineCounter = new LineCounter();
  return readTree(text, parseDocument(text, { ...valuesParseOptions, lineCounter }), lineCounter);
}

/** Everything the studio reads from a parsed tree: problems, values and the place lookups. */
function readTree(text: string, doc: Document, lineCounter: LineCounter): ParseResult {
  const reader: Reader = { text, doc, lineCounter };
  const library = libraryDiagnostics(reader);
  const refusedTab = library.syntaxError ? undefined : refusedTabIn(text, doc);
  const diagnostics = [
    ...library.diagnostics,
    ...treeWarnings(reader),
    // A tab Helm refuses is an error below; the warning is for tabs it reads past.
    ...(refusedTab ? [] : tabWarnings(reader)),
  ];
  const textRefusals = [
    refusedCharacterIn(text),
    incompatibleVersionIn(text, doc),
    refusedTab,
  ].filter((refusal) => refusal !== undefined);
  diagnostics.push(...textRefusals.map((refusal) => helmRefusesDiagnostic(reader, refusal)));

  const decoded = decodeAsHelm(doc);
  if ('refusal' in decoded && !library.syntaxError)
    diagnostics.push(helmRefusesDiagnostic(reader, decoded.refusal));
  // An empty or `null` document is no values (Helm's ReadValues keeps an empty map).
  const values = ('values' in decoded ? decoded.values : undefined) ?? {};
  const ok = !library.syntaxError && !diagnostics.some((d) => d.ruleId === 'yaml/helm-refuses');

  const parsed: ParsedValues = {
    text,
    ok,
    values,
    diagnostics,
    locate(path) {
      const hit = walkPath(doc, path);
      for (let i = hit.trail.length - 1; i >= 0; i--) {
        const step = hit.trail[i];
        const range = step && headRange(text, lineCounter, step.node, step.key);
        if (range) return range;
      }
      return undefined;
    },
    keyRange(path) {
      const hit = walkPath(doc, path);
      if (hit.depth !== path.length) return undefined;
      if (hit.key?.range) return offsetRange(lineCounter, hit.key.range[0], hit.key.range[1]);
      return path.length > 0 ? headRange(text, lineCounter, hit.node, null) : undefined;
    },
    pathAt(line, col) {
      const lineStart = lineCounter.lineStarts[Math.max(0, line - 1)] ?? text.length;
      return pathAtOffset(doc, Math.min(text.length, lineStart + Math.max(0, col - 1)));
    },
  };
  return { parsed, doc, lineCounter };
}
