import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kedaVectorKinds } from './vector-kinds-keda.ts';
import type { JsonObject } from './vector-input.ts';

// The in-repo copy of the shared vectors (conformance/upstream/PROVENANCE.md).
const file = join(__dirname, '../../../conformance/upstream/vectors/keda-vectors.json');
const cases = (
  JSON.parse(readFileSync(file, 'utf8')) as {
    cases: { id: string; kind: string; input: JsonObject; expected: JsonObject }[];
  }
).cases;

describe('kedaVectorKinds', () => {
  it('reports, for every case, each field any case of its kind documents', () => {
    const documented = new Map<string, Set<string>>();
    for (const c of cases) {
      const fields = documented.get(c.kind) ?? new Set<string>();
      for (const key of Object.keys(c.expected)) fields.add(key);
      documented.set(c.kind, fields);
    }
    for (const c of cases) {
      const run = kedaVectorKinds[c.kind];
      expect(run, c.kind).toBeDefined();
      const actual = run?.(c.input, c) ?? {};
      // An error result (an expr run failure) documents itself; `error: false` is a value.
      if (typeof actual.error === 'string' && !('pairs' in actual)) continue;
      for (const field of documented.get(c.kind) ?? []) {
        if (field === 'error' && c.kind !== 'formula.pairing') continue;
        expect(actual[field], `${c.id}.${field}`).not.toBeUndefined();
      }
    }
  });
});
