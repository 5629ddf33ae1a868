import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runGoldenCase } from './run-golden-case.ts';

const upstream = fileURLToPath(new URL('../../../conformance/upstream/', import.meta.url));

function caseFolders(set: string, base = upstream): [string, Record<string, string>][] {
  const root = join(base, set);
  return readdirSync(root)
    .filter((entry) => statSync(join(root, entry)).isDirectory())
    .sort()
    .map((entry) => {
      const folder = join(root, entry);
      const files = Object.fromEntries(
        readdirSync(folder).map((f) => [f, readFileSync(join(folder, f), 'utf8')]),
      );
      return [entry, files];
    });
}

const golden = caseFolders('golden');
const goldenReadme = caseFolders('golden-readme');

describe('shipped golden cases', () => {
  it('has the 13 + 10 shipped cases', () => {
    expect(golden).toHaveLength(13);
    expect(goldenReadme).toHaveLength(10);
  });

  it.each([...golden, ...goldenReadme])('%s passes', (name, files) => {
    const result = runGoldenCase(name, files);
    expect(result.detail).toBeUndefined();
    expect(result.passed).toBe(true);
  });
});

describe('runGoldenCase failures', () => {
  const [, echo] = golden.find(([name]) => name === 'seed-01-echo-actor') ?? ['', {}];

  it('prints a diff when an operator object differs', () => {
    const files = {
      ...echo,
      'operator.yaml': (echo['operator.yaml'] ?? '').replace('value: "5"', 'value: "6"'),
    };
    const result = runGoldenCase('mutated', files);
    expect(result.passed).toBe(false);
    expect(result.detail).toMatch(/^-\s+value: "6"$/m);
    expect(result.detail).toMatch(/^\+\s+value: "5"$/m);
  });

  it('fails when case.yaml expects a different object list', () => {
    const files = {
      ...echo,
      'case.yaml': (echo['case.yaml'] ?? '').replace('  - ScaledObject/echo-actor\n', ''),
    };
    expect(runGoldenCase('objects', files).detail).toContain('operator objects');
  });

  it('accepts an expected render error (golden-readme format)', () => {
    const files = {
      'values.yaml': 'name: ""\n',
      'case.yaml':
        'profile: asya-test-actor\nrelease: {name: x, namespace: default}\nresult: render-error\nerror:\n  message: name is required\n',
    };
    expect(runGoldenCase('error-case', files)).toEqual({ id: 'error-case', passed: true });
  });

  it('fails an expected render error that does not happen', () => {
    const files = {
      'values.yaml': 'name: ok\n',
      'case.yaml': 'result: render-error\nerror: {message: name is required}\n',
    };
    expect(runGoldenCase('no-error', files).passed).toBe(false);
  });

  it('reports a missing values.yaml and a bad profile instead of throwing', () => {
    expect(runGoldenCase('empty', {}).passed).toBe(false);
    expect(
      runGoldenCase('bad', { 'values.yaml': '{}', 'case.yaml': 'profile: nope' }).detail,
    ).toContain('unknown profile');
  });

  it('runs manifest-*.yaml files as a bare AsyncActor applied with kubectl', () => {
    const stored = (echo['asyncactor.stored.yaml'] ?? '').replace(
      / {2}annotations:\n( {4}.*\n)+/,
      '',
    );
    const files = {
      ...echo,
      'manifest-asyncactor.yaml': echo['asyncactor.yaml'] ?? '',
      'manifest-asyncactor.stored.yaml': stored,
      'manifest-operator.yaml': echo['operator.yaml'] ?? '',
    };
    expect(runGoldenCase('manifest', files)).toEqual({ id: 'manifest', passed: true });
    const wrong = {
      ...files,
      'manifest-asyncactor.stored.yaml': echo['asyncactor.stored.yaml'] ?? '',
    };
    expect(runGoldenCase('manifest', wrong).detail).toContain('meta.helm.sh/release-name');
  });
});

describe('multi-actor golden cases', () => {
  const studio = fileURLToPath(new URL('../../../conformance/studio/', import.meta.url));
  const cases = caseFolders('golden', studio);

  it.each(cases)('%s passes', (name, files) => {
    expect(runGoldenCase(name, files)).toEqual({ id: name, passed: true });
  });

  it('compares the actors in document order', () => {
    const [, files] = cases.find(([name]) => name === 'actors-chart-example') ?? ['', {}];
    const swapped = (files['values.yaml'] ?? '')
      .replace('- name: actor-one', '- name: actor-x')
      .replace('- name: actor-two', '- name: actor-one')
      .replace('- name: actor-x', '- name: actor-two');
    const result = runGoldenCase('swapped', { ...files, 'values.yaml': swapped });
    expect(result.passed).toBe(false);
    expect(result.detail).toContain(
      'actors: expected actor-one, actor-two, got actor-two, actor-one',
    );
  });
});
