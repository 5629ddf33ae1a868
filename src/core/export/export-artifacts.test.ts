import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readYaml, readYamlDocuments } from '@/core/document/index.ts';
import { defaultExampleId, readmeExamples } from '@/core/examples/index.ts';
import { operatorPresets, parseOperatorSettings } from '@/core/operator-settings/index.ts';
import { runPipeline } from '@/core/pipeline/index.ts';
import { bundleArtifacts, chartManifests, operatorPreview } from './export-artifacts.ts';
import { helmInstallCommand } from './helm-commands.ts';
import { zipArtifacts } from './zip-bundle.ts';

// The README's echo-actor example, the studio's starting document.
const echoActor = readmeExamples.find((e) => e.id === defaultExampleId)?.text ?? '';
const values = readYaml(echoActor);
const settingsText = operatorPresets[0]?.text ?? '';
const pipeline = runPipeline(values, {
  profile: 'asya-test-actor',
  operatorSettings: parseOperatorSettings(settingsText).settings,
});

describe('export artifacts', () => {
  it('prints the chart stage like helm template, one AsyncActor', () => {
    const docs = readYamlDocuments(chartManifests(pipeline).content) as { kind: string }[];
    expect(docs.map((d) => d.kind)).toEqual(['AsyncActor']);
    expect(chartManifests(pipeline).content).toContain(
      '# Source: asya-test-actor/templates/asyncactor.yaml',
    );
  });

  it('heads the operator preview with the outcome and lists the objects in creation order', () => {
    const preview = operatorPreview(pipeline).content;
    expect(preview).toMatch(/^# Operator result: success/m);
    const kinds = readYamlDocuments(preview)
      .map((d) => (d as { kind?: string } | null)?.kind)
      .filter(Boolean);
    expect(kinds).toEqual(pipeline.operator.objects.map((o) => o.kind));
    expect(kinds).toContain('ScaledObject');
  });

  it('names the release and chart in the install command', () => {
    expect(helmInstallCommand(pipeline)).toBe(
      'helm install echo-actor ./testing/e2e/charts/asya-test-actor -f values.yaml',
    );
  });

  it('zips every bundle file byte for byte, deterministically', () => {
    const artifacts = bundleArtifacts({
      valuesText: 'name: echo-actor\n',
      operatorSettingsText: settingsText,
      pipeline,
      valuesJsonSchema: { type: 'object' },
    });
    const zip = zipArtifacts(artifacts, 'echo-actor');
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(
      [
        'helmfile.yaml',
        'install.sh',
        'manifests.yaml',
        'operator-preview.yaml',
        'operator-values.yaml',
        'values.schema.json',
        'values.yaml',
      ].map((f) => `echo-actor/${f}`),
    );
    expect(strFromU8(files['echo-actor/values.yaml']!)).toBe('name: echo-actor\n');
    expect(zipArtifacts(artifacts, 'echo-actor')).toEqual(zip);
  });

  it('can start values.yaml with the schema line for editors', () => {
    const [values] = bundleArtifacts({
      valuesText: 'name: echo-actor\n',
      operatorSettingsText: settingsText,
      pipeline,
      valuesJsonSchema: {},
      schemaModeline: true,
    });
    expect(values?.content).toBe(
      '# yaml-language-server: $schema=./values.schema.json\nname: echo-actor\n',
    );
  });
});
