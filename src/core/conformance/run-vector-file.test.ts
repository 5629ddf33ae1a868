import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVectorFile, supportedVectorKinds } from './run-vector-file.ts';

const vectors = join(__dirname, '../../../conformance/upstream/vectors');
const shipped = ['hpa-vectors.json', 'keda-vectors.json'];

describe('runVectorFile', () => {
  it.each(shipped)('passes every shipped case of %s', (file) => {
    const results = runVectorFile(readFileSync(join(vectors, file), 'utf8'), file);
    expect(results.length).toBeGreaterThan(40);
    expect(results.filter((r) => !r.passed)).toEqual([]);
    expect(results[0]?.id.startsWith(`${file}:`)).toBe(true);
  });

  it('knows every kind the shipped files list', () => {
    for (const file of shipped) {
      const kinds = Object.keys(
        (JSON.parse(readFileSync(join(vectors, file), 'utf8')) as { kinds: Record<string, string> })
          .kinds,
      );
      for (const kind of kinds) expect(supportedVectorKinds).toContain(kind);
    }
  });

  it('computes rather than echoes: a wrong expectation fails with expected and actual', () => {
    const file = JSON.parse(readFileSync(join(vectors, 'hpa-vectors.json'), 'utf8')) as {
      cases: { expected: Record<string, unknown> }[];
    };
    for (const c of file.cases)
      for (const key of Object.keys(c.expected))
        if (typeof c.expected[key] === 'number') c.expected[key] = c.expected[key] + 1;
    const results = runVectorFile(JSON.stringify(file), 'mutated.json');
    const numeric = results.filter((r) => !r.passed);
    expect(numeric.length).toBeGreaterThan(30);
    expect(numeric[0]?.detail).toMatch(/expected .*, actual /);
  });

  it('checks the mathjs translation of expr builtins with the studio engine', () => {
    const file = {
      cases: [
        {
          id: 'x',
          kind: 'expr.builtin',
          input: { expr: 'ceil(5.5)' },
          expected: { value: 6 },
          mathjs: { expression: 'ceil(5.4)', result: 6 },
        },
      ],
    };
    const [result] = runVectorFile(JSON.stringify(file), 'f.json');
    expect(result?.passed).toBe(true);
    file.cases[0]!.mathjs.expression = 'floor(5.5)';
    const [failed] = runVectorFile(JSON.stringify(file), 'f.json');
    expect(failed?.passed).toBe(false);
    expect(failed?.detail).toContain('mathjs floor(5.5)');
  });

  it('turns malformed input into failed results, never a throw', () => {
    expect(runVectorFile('{not json', 'bad.json')).toEqual([
      expect.objectContaining({ id: 'bad.json', passed: false }),
    ]);
    expect(runVectorFile('{"title": "no cases"}', 'x.json')[0]?.passed).toBe(false);
    const odd = runVectorFile(
      JSON.stringify({
        cases: [
          42,
          { id: 'u', kind: 'nope.kind', input: {}, expected: {} },
          { id: 'm', kind: 'controller.sync', input: {}, expected: { desiredReplicas: 1 } },
        ],
      }),
      'odd.json',
    );
    expect(odd.map((r) => r.passed)).toEqual([false, false, false]);
    expect(odd[1]?.detail).toContain('unknown kind "nope.kind"');
    expect(odd[2]?.detail).toContain('bad input');
  });

  it('runs the Kubernetes validation vectors shipped with the studio, computing each verdict', () => {
    const file = join(
      __dirname,
      '../../../conformance/studio/vectors/kubernetes-validation-vectors.json',
    );
    const text = readFileSync(file, 'utf8');
    const results = runVectorFile(text, 'kubernetes-validation-vectors.json');
    expect(results.length).toBeGreaterThan(150);
    expect(results.filter((r) => !r.passed)).toEqual([]);
    const flipped = JSON.parse(text) as { cases: { expected: { valid: boolean } }[] };
    for (const c of flipped.cases) c.expected.valid = !c.expected.valid;
    expect(runVectorFile(JSON.stringify(flipped), 'x').every((r) => !r.passed)).toBe(true);
  });
});
