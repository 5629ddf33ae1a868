import { LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { Diagnostic, SourceRange, ValuesPath } from '../diagnostics/diagnostic.ts';
import { MAX_NESTING_DEPTH, keepsNestingDepth, nestingDepth } from './nesting-depth.ts';
import {
  applyScalarPatch,
  planScalarPatch,
  type ParsedTree,
  type ScalarPatch,
} from './patch-scalar-edit.ts';
import { headRange, offsetRange, pathAtOffset, walkPath } from './node-path.ts';
import { valuesParseOptions } from './yaml-options.ts';
import { decodeAsHelm, type HelmRefusal, type HelmValuesResult } from './helm-values.ts';
import { incompatibleVersionIn, refusedCharacterIn, refusedTabIn } from './helm-text-refusals.ts';
import { rereadTreeWarnings, rereadValues } from './reread-scalar-patch.ts';
import { treeWarnings, type TreeWarnings } from './tree-warnings.ts';
import { helmRefusesDiagnostic, yamlDiagnostic, type Reader } from './yaml-diagnostic.ts';

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
  try {
    // The Document stays internal: only the closures hold it.
    const read = parseWithinDepth(text);
    if ('parsed' in read) return read.parsed;
    return unreadable(text, `it nests ${read.depth} levels deep`, read.depth > GO_YAML_MAX_DEPTH);
  } catch (error) {
    return unreadable(text, error instanceof Error ? error.message : String(error), false);
  }
}

/**
 * The Document of one parse. A patch for the next text takes it over and changes it in place
 * (copying a large tree cost more than the rest of a keystroke); this parse then makes its tree
 * again if it is asked for it later (`treeAgain`), so its answers never change.
 */
class TreeOwner {
  #doc: Document | undefined;

  constructor(
    readonly text: string,
    doc: Document,
  ) {
    this.#doc = doc;
  }

  get doc(): Document {
    return (this.#doc ??= treeAgain(this.text));
  }

  /** Whether the tree is at hand without reading the text again. */
  get holds(): boolean {
    return this.#doc !== undefined;
  }

  /** The tree, handed over to a patch that changes it. */
  take(): Document {
    const doc = this.doc;
    this.#doc = undefined;
    return doc;
  }
}

/** What the read of a tree is made of, kept so that the next patched text can reuse it. */
interface ReadParts {
  library: { diagnostics: Diagnostic[]; syntaxError: boolean };
  tree: TreeWarnings;
  refusedTab: HelmRefusal | undefined;
  tabs: Diagnostic[];
  decoded: HelmValuesResult;
}

export interface ParseResult {
  parsed: ParsedValues;
  readonly doc: Document;
  lineCounter: LineCounter;
  owner: TreeOwner;
  parts: ReadParts;
  /** `nestingDepth` of the text, counted when first asked (a patch usually knows it unchanged). */
  readonly depth: number;
}

/**
 * The last few parses, by text. A form edit parses the current text to find the node, parses the
 * edited text to check it, and the studio then derives everything from that same edited text:
 * one parse instead of three. A result never changes its answers (a patch that takes over its
 * tree leaves it reading its text again), so sharing it is safe.
 */
const recentParses: ParseResult[] = [];
const recentParseLimit = 4;

/**
 * The recent parse of `text`, or one patched from a recent parse when the text differs from it
 * only inside one value (typing in a large file), with the same result a full parse gives.
 */
function recentOrPatched(text: string): ParseResult | undefined {
  const cached = recentParses.find((r) => r.parsed.text === text);
  if (cached) return cached;
  const patched = patchedFromRecent(text);
  if (!patched) return undefined;
  const { recent, patch, tree } = patched;
  const depth = keepsNestingDepth(recent.parsed.text, text, patch.change)
    ? recent.depth
    : undefined;
  return remember(readPatchedTree(tree, recent.parts, patch, depth));
}

/**
 * The tree of `text` patched from a recent parse's tree, which it takes over. The last parse is
 * usually the text before this keystroke, but another text (the operator settings, a secret
 * check) may have been parsed in between: each recent one that still holds its tree is tried
 * (making an older tree again to patch it would cost more than it saves).
 */
function patchedFromRecent(
  text: string,
): { recent: ParseResult; patch: ScalarPatch; tree: ParsedTree } | undefined {
  for (const recent of recentParses) {
    if (!recent.owner.holds) continue;
    const before: ParsedTree = {
      text: recent.parsed.text,
      doc: recent.owner.doc,
      lineCounter: recent.lineCounter,
    };
    const patch = planScalarPatch(before, text);
    if (!patch) continue;
    return {
      recent,
      patch,
      tree: applyScalarPatch({ ...before, doc: recent.owner.take() }, patch),
    };
  }
  return undefined;
}

/**
 * The tree of a parse whose tree a patch took over: patched back from a recent tree when only one
 * value differs (undo after typing), else parsed again.
 */
function treeAgain(text: string): Document {
  return patchedFromRecent(text)?.tree.doc ?? parseDocument(text, valuesParseOptions);
}

function remember(result: ParseResult): ParseResult {
  recentParses.unshift(result);
  recentParses.length = Math.min(recentParses.length, recentParseLimit);
  return result;
}

/** Parses into the internal Document too; for the editing code in this folder only. */
export function parseOrThrow(text: string): ParseResult {
  return recentOrPatched(text) ?? remember(parseUncached(text));
}

/**
 * `parseOrThrow` for a text that may nest deeper than the yaml library can read: then only its
 * depth (`nestingDepth`), and the library never sees it.
 */
export function parseWithinDepth(text: string): ParseResult | { depth: number } {
  const known = recentOrPatched(text);
  const depth = known?.depth ?? nestingDepth(text);
  if (depth > MAX_NESTING_DEPTH) return { depth };
  return known ?? remember(parseUncached(text, depth));
}

/** A full parse, never patched; exported for the tests that hold patching to it. */
export function parseUncached(text: string, depth?: number): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...valuesParseOptions, lineCounter });
  const reader = { text, doc, lineCounter };
  return readTree(reader, readParts(reader), depth);
}

/** Every part of the read, from the whole tree. */
function readParts(reader: Reader): ReadParts {
  const library = libraryDiagnostics(reader);
  const refusedTab = library.syntaxError ? undefined : refusedTabIn(reader.text, reader.doc);
  return {
    library,
    tree: treeWarnings(reader),
    refusedTab,
    // A tab Helm refuses is an error below; the warning is for tabs it reads past.
    tabs: refusedTab ? [] : tabWarnings(reader),
    decoded: decodeAsHelm(reader.doc),
  };
}

/**
 * The read of a patched tree: the previous read with the edited scalar read again, when nothing
 * else can change with it (no tabs, which are checked across lines); else the whole tree.
 */
function readPatchedTree(
  tree: ParsedTree,
  previous: ReadParts,
  patch: ScalarPatch,
  depth: number | undefined,
): ParseResult {
  const warnings = rereadTreeWarnings(previous.tree, tree, patch);
  const decoded = rereadValues(previous.decoded, patch);
  const parts: ReadParts | undefined =
    warnings && decoded && !tree.text.includes('\t')
      ? {
          library: libraryDiagnostics(tree),
          tree: warnings,
          refusedTab: undefined,
          tabs: [],
          decoded,
        }
      : undefined;
  return readTree(tree, parts ?? readParts(tree), depth);
}

/** Everything the studio reads from a parsed tree: problems, values and the place lookups. */
function readTree(reader: Reader, parts: ReadParts, knownDepth: number | undefined): ParseResult {
  let depth = knownDepth;
  const { text, lineCounter } = reader;
  const owner = new TreeOwner(text, reader.doc);
  const { library, refusedTab, decoded } = parts;
  const diagnostics = [
    ...library.diagnostics,
    ...parts.tree.warnings.map((warning) => warning.diagnostic),
    ...parts.tabs,
  ];
  const textRefusals = [
    refusedCharacterIn(text),
    incompatibleVersionIn(text, reader.doc),
    refusedTab,
  ].filter((refusal) => refusal !== undefined);
  diagnostics.push(...textRefusals.map((refusal) => helmRefusesDiagnostic(reader, refusal)));

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
      const hit = walkPath(owner.doc, path);
      for (let i = hit.trail.length - 1; i >= 0; i--) {
        const step = hit.trail[i];
        const range = step && headRange(text, lineCounter, step.node, step.key);
        if (range) return range;
      }
      return undefined;
    },
    keyRange(path) {
      const hit = walkPath(owner.doc, path);
      if (hit.depth !== path.length) return undefined;
      if (hit.key?.range) return offsetRange(lineCounter, hit.key.range[0], hit.key.range[1]);
      return path.length > 0 ? headRange(text, lineCounter, hit.node, null) : undefined;
    },
    pathAt(line, col) {
      const lineStart = lineCounter.lineStarts[Math.max(0, line - 1)] ?? text.length;
      return pathAtOffset(owner.doc, Math.min(text.length, lineStart + Math.max(0, col - 1)));
    },
  };
  return {
    parsed,
    get doc() {
      return owner.doc;
    },
    lineCounter,
    owner,
    parts,
    get depth() {
      return (depth ??= nestingDepth(text));
    },
  };
}
