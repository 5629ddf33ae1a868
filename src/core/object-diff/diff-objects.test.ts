import { describe, expect, it } from 'vitest';
import { diffFields, diffObjects } from './diff-objects.ts';

const deployment = (image: string, env: { name: string; value: string }[], replicas?: number) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'demo', namespace: 'team', labels: { 'app.kubernetes.io/name': 'demo' } },
  spec: {
    ...(replicas === undefined ? {} : { replicas }),
    template: { spec: { containers: [{ name: 'asya-runtime', image, env }] } },
  },
});

describe('diffFields', () => {
  it('matches named list items by name: one added env var is one added field', () => {
    const before = deployment('img:1', [{ name: 'A', value: '1' }]);
    const after = deployment('img:2', [
      { name: 'B', value: '2' },
      { name: 'A', value: '1' },
    ]);
    expect(diffFields(before, after)).toEqual([
      {
        path: 'spec.template.spec.containers[name=asya-runtime].image',
        change: 'changed',
        before: 'img:1',
        after: 'img:2',
      },
      {
        path: 'spec.template.spec.containers[name=asya-runtime].env[name=B].name',
        change: 'added',
        after: 'B',
      },
      {
        path: 'spec.template.spec.containers[name=asya-runtime].env[name=B].value',
        change: 'added',
        after: '2',
      },
    ]);
  });

  it('quotes keys that are not identifiers, and compares unnamed lists by index', () => {
    expect(
      diffFields({ l: { 'a.b/c': 1 }, args: ['x', 'y'] }, { l: { 'a.b/c': 2 }, args: ['x'] }),
    ).toEqual([
      { path: 'l["a.b/c"]', change: 'changed', before: 1, after: 2 },
      { path: 'args[1]', change: 'removed', before: 'y' },
    ]);
  });

  it('reports a field the operator drops and one it adds', () => {
    const fields = diffFields(deployment('i', [], 1), deployment('i', []));
    expect(fields).toEqual([{ path: 'spec.replicas', change: 'removed', before: 1 }]);
  });
});

describe('diffObjects', () => {
  it('matches objects by kind, namespace and name; added, removed, changed and unchanged', () => {
    const config = { kind: 'ConfigMap', metadata: { name: 'c', namespace: 'team' }, data: {} };
    const scaled = { kind: 'ScaledObject', metadata: { name: 'demo', namespace: 'team' } };
    const diffs = diffObjects(
      [deployment('img:1', []), config, scaled],
      [scaled, deployment('img:2', []), { kind: 'ServiceAccount', metadata: { name: 's' } }],
    );
    expect(diffs.map((d) => [d.kind, d.change, d.fields.length])).toEqual([
      ['ScaledObject', 'unchanged', 0],
      ['Deployment', 'changed', 1],
      ['ServiceAccount', 'added', 2],
      ['ConfigMap', 'removed', 4],
    ]);
  });
});
