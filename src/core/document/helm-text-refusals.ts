/**
 * What makes go-yaml v2 (as Helm v3 reads values through sigs.k8s.io/yaml v1.4.0) refuse a values
 * file before it looks at any value: characters its reader does not accept, a `%YAML` directive
 * other than 1.1, and escapes in double-quoted strings that name no Unicode character.
 */
import { isCollection, isNode, isScalar, visit } from 'yaml';
import type { Document } from 'yaml';
import { upstreamLink } from '../diagnostics/upstream-source.ts';
import type { HelmRefusal } from './helm-values.ts';

/**
 * The characters goyaml.v2/readerc.go accepts (`yaml_parser_update_buffer`): tab, line breaks,
 * printable ASCII, NEL and the rest of Unicode except C1 controls, surrogates, U+FFFE and U+FFFF.
 */
const refusedCharacter = /[^\t\n\r\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const characterNames: Record<number, string> = {
  0: 'NUL',
  7: 'BEL',
  8: 'backspace',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x1b: 'ESC',
  0x7f: 'DEL',
};

function codePointName(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = characterNames[code];
  return name === undefined ? hex : `${hex} (${name})`;
}

/** The first character Helm's YAML reader refuses ("control characters are not allowed"). */
export function refusedCharacterIn(text: string): HelmRefusal | undefined {
  const match = refusedCharacter.exec(text);
  if (match === null) return undefined;
  const code = match[0].codePointAt(0) ?? 0;
  const surrogate = code >= 0xd800 && code <= 0xdfff;
  return {
    message: 'yaml: control characters are not allowed',
    explanation: surrogate
      ? `the text holds a lone surrogate (${codePointName(code)}), which no UTF-8 file can encode`
      : `the raw character ${codePointName(code)} is here; YAML allows it only escaped inside double quotes`,
    source: upstreamLink('sigsYaml', 'goyaml.v2/readerc.go', [340, 360]),
    start: match.index,
    end: match.index + match[0].length,
  };
}

/** A `%YAML` directive for any version but 1.1 (goyaml.v2/parserc.go). */
export function incompatibleVersionIn(text: string, doc: Document): HelmRefusal | undefined {
  const yaml = doc.directives?.yaml;
  if (!yaml?.explicit || yaml.version === '1.1') return undefined;
  const start = Math.max(0, text.search(/^%YAML\b/m));
  const lineEnd = text.indexOf('\n', start);
  return {
    message: 'yaml: found incompatible YAML document',
    explanation: `go-yaml v2 reads only YAML 1.1 documents, and the %YAML directive declares ${yaml.version}`,
    source: upstreamLink('sigsYaml', 'goyaml.v2/parserc.go', [1031, 1035]),
    start,
    end: lineEnd === -1 ? text.length : lineEnd,
  };
}

/**
 * An escape in a double-quoted scalar (its raw text, quotes included) that names a surrogate or a
 * code point above U+10FFFF (goyaml.v2/scannerc.go, "found invalid Unicode character escape code").
 */
export function invalidEscapeIn(raw: string, offset: number): HelmRefusal | undefined {
  const escapes = /\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|[^])/g;
  for (const match of raw.matchAll(escapes)) {
    const hex = match[1] ?? match[2];
    if (hex === undefined) continue;
    const code = parseInt(hex, 16);
    if ((code < 0xd800 || code > 0xdfff) && code <= 0x10ffff) continue;
    const start = offset + match.index;
    return {
      message: 'yaml: found invalid Unicode character escape code',
      explanation: `the escape ${match[0]} names ${code > 0x10ffff ? 'no Unicode character' : 'half of a UTF-16 surrogate pair, not a character'}`,
      source: upstreamLink('sigsYaml', 'goyaml.v2/scannerc.go', [2450, 2455]),
      start,
      end: start + match[0].length,
    };
  }
  return undefined;
}

/** Quoted scalars and flow collections: go-yaml v2 skips tabs there as plain whitespace. */
function tabTolerantRanges(doc: Document, blockScalarsToo: boolean): [number, number][] {
  const ranges: [number, number][] = [];
  visit(doc, (_, node) => {
    if (!isNode(node) || !node.range) return;
    const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
    const block = isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
    const flow = isCollection(node) && node.flow === true;
    if (quoted || flow || (blockScalarsToo && block)) ranges.push([node.range[0], node.range[1]]);
  });
  return ranges;
}

/**
 * A tab go-yaml v2's scanner refuses in block context (goyaml.v2/scannerc.go): at the start of a
 * line ("found character that cannot start any token", or in a block scalar or a plain scalar's
 * next line, "found a tab character where an indentation space is expected" / "… that violates
 * indentation"), and between a `-` or `?` indicator and its content. Tabs inside quotes and flow
 * collections, and later on a line, are fine.
 */
export function refusedTabIn(text: string, doc: Document): HelmRefusal | undefined {
  if (!text.includes('\t')) return undefined;
  const anywhere = tabTolerantRanges(doc, false);
  const notBlockContent = tabTolerantRanges(doc, true);
  const inside = (ranges: [number, number][], at: number) =>
    ranges.some(([start, end]) => at > start && at < end);
  const lineStarts = /^/gm;
  for (const { index } of text.matchAll(lineStarts)) {
    const line = text.slice(
      index,
      text.indexOf('\n', index) === -1 ? text.length : text.indexOf('\n', index),
    );
    const indicator = /^( *[-?])[ \t]*\t[ \t]*\S/.exec(line)?.[1];
    const at =
      line.startsWith('\t') && !inside(anywhere, index)
        ? index
        : indicator !== undefined && !inside(notBlockContent, index + indicator.length - 1)
          ? index + line.indexOf('\t', indicator.length)
          : undefined;
    if (at === undefined) continue;
    return {
      message: line.startsWith('\t')
        ? 'yaml: found character that cannot start any token (or: a tab character that violates indentation)'
        : 'yaml: found character that cannot start any token',
      explanation: line.startsWith('\t')
        ? 'a tab starts this line, and YAML indents with spaces only'
        : `a tab follows the \`${indicator?.trim() ?? '-'}\` indicator, where go-yaml v2 accepts only spaces`,
      source: upstreamLink('sigsYaml', 'goyaml.v2/scannerc.go', [810, 820]),
      start: at,
      end: at + 1,
    };
  }
  return undefined;
}
