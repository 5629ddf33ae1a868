import type { PipelineResult } from '@/core/pipeline/index.ts';
import type { ReleaseRun } from '@/core/release/index.ts';
import { helmfileRelease, helmInstallCommand } from './helm-commands.ts';
import { releaseArtifacts, releaseValuesSchema } from './release-bundle.ts';
import { withSchemaModeline } from './schema-modeline.ts';
import {
  chartManifests,
  operatorPreview,
  yamlType,
  type ExportArtifact,
} from './stage-artifacts.ts';

export { chartManifests, operatorPreview, type ExportArtifact };

export interface BundleInputs {
  valuesText: string;
  operatorSettingsText: string;
  pipeline: PipelineResult;
  valuesJsonSchema: object;
  /** Every actor of the document; with several, the bundle holds all of them. */
  release?: ReleaseRun;
  /** Start values.yaml with a yaml-language-server line naming the bundle's values.schema.json. */
  schemaModeline?: boolean;
}

/** The files of the bundle, in the order a reader meets them. */
export function bundleArtifacts(inputs: BundleInputs): ExportArtifact[] {
  const { release } = inputs;
  const valuesContent = (text: string) => (inputs.schemaModeline ? withSchemaModeline(text) : text);
  if (release && release.kind !== 'single-actor' && release.actors.length > 0) {
    const files = releaseArtifacts(release, inputs.valuesText);
    const schema = releaseValuesSchema(inputs.valuesJsonSchema as Record<string, unknown>);
    return [
      { ...files.values, content: valuesContent(files.values.content) },
      files.manifests,
      files.operator,
      {
        filename: 'operator-values.yaml',
        mimeType: yamlType,
        content: inputs.operatorSettingsText,
      },
      schemaArtifact(schema),
      installScript(files.install),
      ...(release.kind === 'helmfile'
        ? []
        : [
            {
              filename: 'helmfile.yaml',
              mimeType: yamlType,
              content: helmfileRelease({ ...inputs.pipeline, profile: 'asya-actor' }),
            },
          ]),
    ];
  }
  return [
    {
      filename: 'values.yaml',
      mimeType: yamlType,
      content: valuesContent(inputs.valuesText),
    },
    chartManifests(inputs.pipeline),
    operatorPreview(inputs.pipeline),
    { filename: 'operator-values.yaml', mimeType: yamlType, content: inputs.operatorSettingsText },
    schemaArtifact(inputs.valuesJsonSchema),
    installScript(helmInstallCommand(inputs.pipeline)),
    { filename: 'helmfile.yaml', mimeType: yamlType, content: helmfileRelease(inputs.pipeline) },
  ];
}

function schemaArtifact(schema: object): ExportArtifact {
  return {
    filename: 'values.schema.json',
    mimeType: 'application/json',
    content: `${JSON.stringify(schema, null, 2)}\n`,
  };
}

function installScript(command: string): ExportArtifact {
  return {
    filename: 'install.sh',
    mimeType: 'text/x-shellscript',
    content: `#!/bin/sh\nset -e\n${command}\n`,
  };
}
