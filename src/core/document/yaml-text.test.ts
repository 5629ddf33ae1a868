import { describe, expect, it } from 'vitest';
import { printManifestYaml, printValuesYaml, readYaml, readYamlDocuments } from './yaml-text.ts';

describe('readYaml', () => {
  it('reads the way Helm reads values: YAML 1.1 words and merge keys, timestamps as strings', () => {
    expect(readYaml('a: yes\nb: 0644\nc: 2001-12-14\nd: &x {k: 1}\ne: {<<: *x, j: 2}\n')).toEqual({
      a: true,
      b: 420,
      c: '2001-12-14',
      d: { k: 1 },
      e: { k: 1, j: 2 },
    });
  });

  it('throws on a syntax error', () => {
    expect(() => readYaml('a: [1\n')).toThrow();
  });
});

describe('readYamlDocuments', () => {
  it('returns every document in order and throws on the first broken one', () => {
    expect(readYamlDocuments('a: 1\n---\nb: 2\n')).toEqual([{ a: 1 }, { b: 2 }]);
    expect(() => readYamlDocuments('a: 1\n---\nb: [\n')).toThrow();
  });
});

describe('printing', () => {
  it('prints manifests as helm template does and values with nulls written out', () => {
    expect(printManifestYaml({ a: null, l: ['x'] })).toBe('a:\nl:\n- x\n');
    expect(printValuesYaml({ a: null, l: ['x'] })).toBe('a: null\nl:\n  - x\n');
  });

  it('repeats a shared object instead of writing an anchor and alias', () => {
    const shared = { k: 1 };
    expect(printValuesYaml({ a: shared, b: shared })).not.toMatch(/[&*]/);
  });
});
