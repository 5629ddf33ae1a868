import { describe, expect, it } from 'vitest';
import { parseValuesText } from '@/core/document/index.ts';
import { multiActorExamples } from '@/core/examples/multi-actor-examples.ts';
import { runRelease } from '@/core/release/index.ts';
import { valuesJsonSchema } from '@/core/schema/index.ts';
import { bundleArtifacts } from './export-artifacts.ts';

function bundle(id: string) {
  const text = multiActorExamples.find((e) => e.id === id)?.text ?? '';
  const release = runRelease(parseValuesText(text).values, { profile: 'asya-test-actor' });
  const pipeline = release.actors[0]?.pipeline;
  if (!pipeline) throw new Error('no actor');
  const files = bundleArtifacts({
    valuesText: text,
    operatorSettingsText: '',
    pipeline,
    valuesJsonSchema: valuesJsonSchema(),
    release,
  });
  return Object.fromEntries(files.map((f) => [f.filename, f.content]));
}

describe('the bundle of a document with several actors', () => {
  it('holds every actor of an actors: list, one helm install and a schema for the list', () => {
    const files = bundle('shipped-chart-actors');
    expect(files['manifests.yaml']?.match(/^kind: AsyncActor$/gm)).toHaveLength(2);
    expect(files['operator-preview.yaml']).toContain('# Actor actor-one');
    expect(files['operator-preview.yaml']).toContain('# Actor actor-two');
    expect(files['install.sh']).toContain(
      'helm install release-name ./deploy/helm-charts/asya-actor -f values.yaml\n',
    );
    const schema = JSON.parse(files['values.schema.json'] ?? '{}') as {
      properties: Record<string, { items?: { properties: Record<string, unknown> } }>;
    };
    expect(schema.properties.actors?.items?.properties.scaling).toEqual(schema.properties.scaling);
  });

  it('keeps a helmfile as helmfile.yaml and applies it with helmfile', () => {
    const files = bundle('readme-helmfile');
    expect(files['helmfile.yaml']).toContain('releases:');
    expect(files['values.yaml']).toBeUndefined();
    expect(files['install.sh']).toContain('helmfile -f helmfile.yaml apply');
    expect(files['manifests.yaml']).toContain('name: nlp-actor');
  });
});
