import fc from 'fast-check';
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readmeExamples } from '../examples/readme-examples.ts';
import { parseOrThrow, parseUncached } from './parse-values-text.ts';
import { applyScalarPatch, planScalarPatch, type ParsedTree } from './patch-scalar-edit.ts';

/** The patched tree of `after`, made from a fresh parse of `before` (a patch changes the tree it is applied to). */
function patchScalarEdit(before: ParsedTree, after: string): ParsedTree | undefined {
  const patch = planScalarPatch(before, after);
  return patch && applyScalarPatch(before, patch);
}

/** Every kind of value a values file holds, repeated until the text is large enough to be patched. */
function largeText(head: string): string {
  const lines = [
    head.trimEnd(),
    '# padding for the patch tests',
    'padding:',
    '  anchored: &base { a: 1, b: "two" }',
    '  merged:',
    '    <<: *base',
    '    c: 3',
    '  yes-no: yes',
    '  octal: 0777',
    '  float: 1.50',
    '  hex: 0x1F',
    '  empty:',
    '  quoted: "say \\"hi\\""',
    "  single: 'it''s'",
    '  folded: >',
    '    folded text',
    '  flow: [a, b, {c: d}]',
    '  tagged: !custom value',
    '  list:',
    ...Array.from({ length: 100 }, (_, i) => `    - name: item-${i} # comment ${i}`),
    ...Array.from({ length: 100 }, (_, i) => `  key-${i}: "value ${i}"`),
    'tail: end',
    '',
  ];
  return lines.join('\n');
}

/** The parts of every node that a full parse and a patch must agree on. */
function shape(doc: Document): unknown[] {
  const out: unknown[] = [doc.range];
  const walk = (node: unknown): void => {
    if (isPair(node)) {
      walk(node.key);
      walk(node.value);
      return;
    }
    // The merge key's value is a fresh symbol on every parse: compare its name.
    if (isScalar(node))
      out.push([
        'scalar',
        node.range,
        typeof node.value === 'symbol' ? String(node.value) : node.value,
        node.source,
        node.type,
        node.format,
        node.comment,
        node.tag,
        node.anchor,
      ]);
    else if (isAlias(node)) out.push(['alias', node.range, node.source]);
    else if (isMap(node) || isSeq(node)) {
      out.push([isMap(node) ? 'map' : 'seq', node.range, node.flow, node.comment, node.anchor]);
      for (const item of node.items) walk(item);
    } else out.push(node);
  };
  walk(doc.contents);
  return out;
}

const typed = fc.stringMatching(/^[a-z0-9 :#"'\-[\]{},&*!|>%@`.+\t]{1,3}$/);

/** An edit on one line of `text`: an insertion or a deletion of up to three characters. */
const editOf = (text: string) =>
  fc
    .tuple(fc.nat(text.length), fc.boolean(), typed, fc.integer({ min: 1, max: 3 }))
    .map(([at, insert, chars, count]) =>
      insert
        ? text.slice(0, at) + chars + text.slice(at)
        : text.slice(0, at) + text.slice(Math.min(text.length, at + count)),
    );

describe('patchScalarEdit', () => {
  const bases = readmeExamples.map((e) => largeText(e.text));

  it('gives what a full parse gives, whenever it patches', () => {
    const shapes = new Map(bases.map((base) => [base, shape(parseUncached(base).doc)]));
    let patched = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...bases).chain((base) => fc.tuple(fc.constant(base), editOf(base))),
        ([before, after]) => {
          runs++;
          const previous = parseUncached(before);
          const tree = { text: before, doc: previous.doc, lineCounter: previous.lineCounter };
          const patch = planScalarPatch(tree, after);
          if (!patch) {
            // Planning leaves the tree as it was.
            expect(shape(previous.doc)).toEqual(shapes.get(before));
            return;
          }
          patched++;
          const patchedTree = applyScalarPatch(tree, patch);
          const full = parseUncached(after);
          expect(full.doc.errors).toEqual([]);
          expect(shape(patchedTree.doc)).toEqual(shape(full.doc));
          expect(patchedTree.lineCounter.lineStarts).toEqual(full.lineCounter.lineStarts);
          expect(patchedTree.doc.warnings.map((w) => [w.code, w.pos, w.message])).toEqual(
            full.doc.warnings.map((w) => [w.code, w.pos, w.message]),
          );
        },
      ),
      { numRuns: 300 },
    );
    // Most random edits land in values; the property is only worth something if many were patched.
    expect(patched).toBeGreaterThan(runs / 10);
  }, 60_000);

  it('is what parsing does while typing in a large file: same values, problems and places', () => {
    const before = bases[0] ?? '';
    const at = before.indexOf('value 7"') + 'value 7'.length;
    const typedText = [...'abc'].reduce<string[]>(
      (texts, char) => [
        ...texts,
        `${(texts.at(-1) ?? before).slice(0, at + texts.length)}${char}${before.slice(at)}`,
      ],
      [],
    );
    parseOrThrow(before);
    for (const text of typedText) {
      const viaPatch = parseOrThrow(text).parsed;
      const full = parseUncached(text).parsed;
      expect(viaPatch.values).toEqual(full.values);
      expect(viaPatch.diagnostics).toEqual(full.diagnostics);
      for (const path of [
        ['padding', 'key-7'],
        ['padding', 'list', 3, 'name'],
        ['tail'],
        ['padding', 'missing', 'deep'],
      ])
        expect([viaPatch.locate(path), viaPatch.keyRange(path)]).toEqual([
          full.locate(path),
          full.keyRange(path),
        ]);
      for (let line = 1; line <= text.split('\n').length; line += 7)
        expect(viaPatch.pathAt(line, 9)).toEqual(full.pathAt(line, 9));
    }
    expect(
      (parseOrThrow(typedText.at(-1) ?? '').parsed.values as { padding: Record<string, unknown> })
        .padding['key-7'],
    ).toBe('value 7abc');
  });

  it('takes over the tree it patches, and gives it back when the text returns (undo)', () => {
    const before = bases[1] ?? '';
    const at = before.indexOf('value 42"') + 'value 42'.length;
    const typed = `${before.slice(0, at)}x${before.slice(at)}`;
    const paths = [['padding', 'key-42'], ['padding', 'list', 7, 'name'], ['tail']];
    const answers = (text: string) => {
      const read = parseOrThrow(text).parsed;
      return [...paths.map((p) => [read.locate(p), read.keyRange(p)]), read.pathAt(150, 9)];
    };
    const expected = (text: string) => {
      const read = parseUncached(text).parsed;
      return [...paths.map((p) => [read.locate(p), read.keyRange(p)]), read.pathAt(150, 9)];
    };
    const earlier = parseOrThrow(before);
    expect(earlier.owner.holds).toBe(true);
    const later = parseOrThrow(typed);
    expect(earlier.owner.holds).toBe(false);
    expect(later.owner.holds).toBe(true);
    // Undo: the earlier read is asked for places again, and patches the tree back.
    expect(answers(before)).toEqual(expected(before));
    expect(earlier.owner.holds).toBe(true);
    expect(later.owner.holds).toBe(false);
    // Redo: the same the other way.
    expect(answers(typed)).toEqual(expected(typed));
    expect(later.owner.holds).toBe(true);
  });

  it('leaves small texts, new lines, keys and structure to the full parse', () => {
    const small = 'name: a\n';
    const previous = parseUncached(small);
    expect(
      patchScalarEdit(
        { text: small, doc: previous.doc, lineCounter: previous.lineCounter },
        'name: ab\n',
      ),
    ).toBeUndefined();
    const base = bases[0] ?? '';
    const tree = parseUncached(base);
    const patch = (after: string) =>
      patchScalarEdit({ text: base, doc: tree.doc, lineCounter: tree.lineCounter }, after);
    const at = base.indexOf('tail: end') + 'tail: en'.length;
    expect(patch(base.slice(0, at) + 'x' + base.slice(at))).toBeDefined();
    expect(patch(base.slice(0, at) + '\n' + base.slice(at))).toBeUndefined();
    expect(patch(base.slice(0, at) + ': x' + base.slice(at))).toBeUndefined();
    expect(patch(base.replace('tail: end', 'tails: end'))).toBeUndefined();
    expect(patch(base.replace('  empty:', '  empty: x'))).toBeUndefined();
  });

  // Found by the property above (fast-check seed 1, run 4370): deleting `s'` from `'it''s'`.
  it('leaves a value that ends in an escaped quote, an unterminated string, to the full parse', () => {
    const base = bases[0] ?? '';
    const tree = parseUncached(base);
    const after = base.replace("single: 'it''s'", "single: 'it''");
    expect(after).not.toBe(base);
    expect(parseUncached(after).doc.errors.map((e) => e.code)).toContain('MISSING_CHAR');
    expect(
      patchScalarEdit({ text: base, doc: tree.doc, lineCounter: tree.lineCounter }, after),
    ).toBeUndefined();
  });
});
