import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ValuesPath } from '../diagnostics/diagnostic.ts';
import { parseValuesText } from './parse-values-text.ts';
import { setValueAtPath } from './set-value-at-path.ts';
import type { EditOptions } from './set-value-at-path.ts';
import { valueAtPath, valuesEqual } from './values-equal.ts';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`__fixtures__/edits/${name}`, import.meta.url)), 'utf8');

interface Edit {
  path: ValuesPath;
  value: unknown;
  options?: EditOptions;
}

const cases: { name: string; edits: Edit[] }[] = [
  { name: 'scalar-keeps-comments', edits: [{ path: ['scaling', 'minReplicas'], value: 3 }] },
  {
    name: 'quoted-string-keeps-quotes',
    edits: [{ path: ['env', 0, 'value'], value: 'handlers.batch' }],
  },
  {
    name: 'create-nested',
    edits: [
      {
        path: ['workload', 'template', 'spec', 'containers', 0, 'resources', 'limits', 'cpu'],
        value: '500m',
      },
    ],
  },
  {
    name: 'create-top-level',
    edits: [{ path: ['scaling', 'advanced', 'formula'], value: 'ceil(queueLength / 10)' }],
  },
  {
    name: 'delete-removes-only-its-pair',
    edits: [{ path: ['scaling', 'minReplicas'], value: undefined }],
  },
  {
    name: 'delete-first-key-of-list-item',
    edits: [{ path: ['containers', 0, 'name'], value: undefined }],
  },
  {
    name: 'delete-last-key-leaves-empty-map',
    edits: [{ path: ['scaling', 'advanced', 'formula'], value: undefined }],
  },
  {
    name: 'delete-prunes-empty-parents',
    edits: [
      {
        path: ['scaling', 'advanced', 'formula'],
        value: undefined,
        options: { pruneEmptyParents: true },
      },
    ],
  },
  {
    name: 'nested-object-leaf-wise',
    edits: [
      {
        path: ['resources'],
        value: {
          limits: { cpu: '2000m' },
          requests: { cpu: '100m', memory: '512Mi', 'nvidia.com/gpu': 1 },
        },
      },
    ],
  },
  {
    name: 'append-list-item-keeps-indent',
    edits: [{ path: ['env', 1], value: { name: 'B', value: '2' } }],
  },
  {
    name: 'flow-collections',
    edits: [
      { path: ['labels', 'team'], value: 'ml' },
      { path: ['accessModes', 1], value: 'ReadOnlyMany' },
    ],
  },
  { name: 'yaml11-strings-get-quoted', edits: [{ path: ['annotations', 'enabled'], value: 'on' }] },
  { name: 'empty-value-filled', edits: [{ path: ['scaling', 'minReplicas'], value: 2 }] },
];

function applyAll(text: string, edits: Edit[]): string {
  let current = text;
  for (const edit of edits) {
    const result = setValueAtPath(current, edit.path, edit.value, edit.options);
    if ('error' in result) throw new Error(result.error);
    current = result.text;
  }
  return current;
}

describe('setValueAtPath fixtures (before → after)', () => {
  it.each(cases)('$name', ({ name, edits }) => {
    expect(applyAll(fixture(`${name}.before.txt`), edits)).toBe(fixture(`${name}.after.txt`));
  });
});

describe('setValueAtPath refusals and edge cases', () => {
  it('refuses to edit while the text has syntax errors', () => {
    const result = setValueAtPath('a: [1\nb: 2\n', ['b'], 3);
    expect('error' in result && result.error).toContain('syntax errors');
  });

  it('deleting a missing key changes nothing', () => {
    expect(setValueAtPath('a: 1 # c\n', ['b', 'c'], undefined)).toEqual({ text: 'a: 1 # c\n' });
  });

  it('setting a value to what it already is changes nothing (0x1F stays hex)', () => {
    expect(setValueAtPath('a: 0x1F\n', ['a'], 31)).toEqual({ text: 'a: 0x1F\n' });
  });

  it('writes into an empty or comment-only document', () => {
    expect(setValueAtPath('', ['name'], 'x')).toEqual({ text: 'name: x\n' });
    expect(setValueAtPath('# values\n', ['a', 'b'], 1)).toEqual({ text: '# values\na:\n  b: 1\n' });
  });

  it('replaces a block by a scalar and a scalar by a block', () => {
    expect(setValueAtPath('a:\n  - x # c\n  - y\nb: 1\n', ['a'], 5)).toEqual({
      text: 'a: 5\nb: 1\n',
    });
    expect(setValueAtPath('a: 5 # c\nb: 1\n', ['a'], { c: [1] })).toEqual({
      text: 'a: # c\n  c:\n  - 1\nb: 1\n',
    });
  });

  it('keeps __proto__ keys as data', () => {
    const result = setValueAtPath('a: 1\n', ['__proto__', 'polluted'], 1);
    expect(result).toEqual({ text: 'a: 1\n__proto__:\n  polluted: 1\n' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('edits the first document only and keeps the others', () => {
    expect(setValueAtPath('a: 1\n---\nb: 2\n', ['a'], 3)).toEqual({ text: 'a: 3\n---\nb: 2\n' });
  });
});

/** Every path to a leaf (scalar, empty map or empty list) of plain values. */
function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value) && value.length > 0)
    return value.flatMap((item, i) => leafPaths(item, [...prefix, i]));
  if (typeof value === 'object' && value !== null && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...prefix, key]));
  }
  return [prefix];
}

function isPrefix(a: ValuesPath, b: ValuesPath): boolean {
  return a.length <= b.length && a.every((segment, i) => String(segment) === String(b[i]));
}

const key = fc.oneof(
  fc.constantFrom(
    'name',
    'scaling',
    'minReplicas',
    'env',
    'value',
    'cpu',
    'a',
    'b',
    'nvidia.com/gpu',
  ),
  fc.string({ minLength: 1, maxLength: 8 }),
);
const scalar = fc.oneof(
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'yes',
    'no',
    'on',
    '0777',
    '0o17',
    '1_000',
    'null',
    '~',
    '- x',
    'a: b',
    '# c',
    "it's",
    'a\nb',
    ' x ',
  ),
);
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof(
    { maxDepth: 3 },
    scalar,
    fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
    fc.array(tie('tree'), { maxLength: 3 }),
  ),
}));
const documentValues = fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 });

/** A document in the README's style: block collections, comments, blank lines, mixed list indents. */
function writeDocument(values: Record<string, unknown>, indentSequences: boolean): string {
  const lines: string[] = ['# generated values'];
  const render = (value: unknown, column: number, head: string): void => {
    const pad = ' '.repeat(column);
    if (Array.isArray(value) && value.length > 0) {
      lines.push(`${pad}${head}:  # a list`);
      const itemColumn = column + (indentSequences ? 2 : 0);
      for (const item of value as unknown[]) {
        lines.push(`${' '.repeat(itemColumn)}- ${JSON.stringify(item)}`);
      }
    } else if (typeof value === 'object' && value !== null && Object.keys(value).length > 0) {
      lines.push('', `${pad}# the ${JSON.stringify(head)} block`, `${pad}${head}:`);
      for (const [k, item] of Object.entries(value)) render(item, column + 2, JSON.stringify(k));
    } else {
      lines.push(`${pad}${head}: ${JSON.stringify(value)} # note`);
    }
  };
  for (const [k, item] of Object.entries(values)) render(item, 0, JSON.stringify(k));
  return `${lines.join('\n')}\n`;
}

describe('setValueAtPath properties', () => {
  it('an edit reads back as the edited value and leaves every other path unchanged', () => {
    fc.assert(
      fc.property(
        documentValues,
        fc.boolean(),
        fc.boolean(),
        fc.nat(),
        fc.array(fc.oneof(key, fc.nat({ max: 3 })), { maxLength: 2 }),
        fc.option(tree, { nil: undefined }),
        (values, indentSequences, crlf, pick, extra, value) => {
          const lf = writeDocument(values, indentSequences);
          const text = crlf ? lf.replaceAll('\n', '\r\n') : lf;
          const before = parseValuesText(text);
          expect(before.ok).toBe(true);
          const leaves = leafPaths(before.values);
          const base = leaves[pick % leaves.length] ?? [];
          const path = [...base.slice(0, Math.max(1, base.length - (pick % 2))), ...extra];
          if (path.length === 0) return;
          const result = setValueAtPath(text, path, value);
          if ('error' in result) {
            // Only refusals the API documents: a list index into a map, or a non-map root.
            expect(result.error).toMatch(/is a list|must be a map/);
            return;
          }
          const after = parseValuesText(result.text);
          expect(after.ok).toBe(true);
          const edited = valueAtPath(after.values, path);
          if (value !== undefined) expect(valuesEqual(edited.value, value)).toBe(true);
          // Deleting a list item shifts the items after it: compare that list as a whole.
          const parentList = valueAtPath(before.values, path.slice(0, -1)).value;
          const shifted =
            value === undefined && typeof path.at(-1) === 'number' && Array.isArray(parentList)
              ? path.slice(0, -1)
              : null;
          if (shifted !== null) {
            const list = parentList as unknown[];
            const expected = list.filter((_, i) => i !== path.at(-1));
            expect(valuesEqual(valueAtPath(after.values, shifted).value, expected)).toBe(true);
          }
          if (value === undefined && shifted === null) expect(edited.found).toBe(false);
          for (const leaf of leaves) {
            if (isPrefix(path, leaf) || isPrefix(leaf, path)) continue;
            if (shifted !== null && isPrefix(shifted, leaf)) continue;
            const old = valueAtPath(before.values, leaf);
            const now = valueAtPath(after.values, leaf);
            expect(now.found, leaf.join('.')).toBe(true);
            expect(valuesEqual(now.value, old.value), leaf.join('.')).toBe(true);
          }
          // A CRLF file stays CRLF; comments outside the edited node survive.
          if (crlf) expect(result.text.replaceAll('\r\n', '')).not.toContain('\n');
          for (const line of text
            .split('\n')
            .filter((l) => l.trimStart().startsWith('# generated'))) {
            expect(result.text).toContain(line);
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);
});
