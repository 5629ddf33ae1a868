import { useState } from 'react';
import {
  bundleArtifacts,
  chartManifests,
  operatorPreview,
  type ExportArtifact,
} from '@/core/export/export-artifacts.ts';
import { helmInstallCommand } from '@/core/export/helm-commands.ts';
import type { PipelineResult } from '@/core/pipeline/pipeline-result.ts';
import { valuesJsonSchema } from '@/core/schema/index.ts';
import { copyText } from '@/io/clipboard.ts';
import { downloadArtifact } from '@/io/download-file.ts';
import { Button } from '@/ui/components/button.tsx';
import { WithShownPipeline } from '@/ui/components/with-shown-pipeline.tsx';
import { useStudioStore } from '@/ui/state/studio-context.tsx';
import { ImportActorForm } from './import-actor-form.tsx';
import { ManifestDiff } from './manifest-diff.tsx';

/** Downloads, copies, the bundle, the diff against the last export, and importing an AsyncActor. */
export function ExportPanel() {
  return (
    <WithShownPipeline>{(pipeline) => <ExportActions pipeline={pipeline} />}</WithShownPipeline>
  );
}

function ExportActions({ pipeline }: { pipeline: PipelineResult }) {
  const { actions, store } = useStudioStore();
  const [lastExport, setLastExport] = useState<string>();
  const [schemaModeline, setSchemaModeline] = useState(false);
  const manifests = chartManifests(pipeline);

  const current = () => {
    const s = store.getState();
    return {
      valuesText: s.history.present,
      operatorSettingsText: s.operatorSettingsText,
      pipeline: s.derived.analysis?.pipeline ?? pipeline,
      ...(s.derived.analysis ? { release: s.derived.analysis.release } : {}),
    };
  };
  const deliver = (artifact: ExportArtifact) => {
    downloadArtifact(artifact);
    if (artifact.filename === 'manifests.yaml') setLastExport(artifact.content);
  };
  const copy = async (what: string, text: string) =>
    actions.notify(
      (await copyText(text))
        ? `Copied ${what}.`
        : `The browser refused the clipboard; use the download instead.`,
    );
  const downloadBundle = async () => {
    const { zipArtifacts } = await import('@/core/export/zip-bundle.ts');
    const inputs = current();
    const artifacts = bundleArtifacts({
      ...inputs,
      valuesJsonSchema: valuesJsonSchema(),
      schemaModeline,
    });
    const name = inputs.pipeline.releaseName || 'actor';
    downloadArtifact({
      filename: `${name}-bundle.zip`,
      mimeType: 'application/zip',
      content: zipArtifacts(artifacts, name),
    });
    setLastExport(chartManifests(inputs.pipeline).content);
  };

  return (
    <section aria-label="Export" className="flex flex-col gap-4 p-3 text-sm">
      <div>
        <h3 className="mb-2 font-semibold">Download</h3>
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => deliver(chartManifests(current().pipeline))}>
            Download manifests
          </Button>
          <Button onClick={() => deliver(operatorPreview(current().pipeline))}>
            Download operator preview
          </Button>
          <Button variant="primary" onClick={() => void downloadBundle()}>
            Download bundle
          </Button>
        </div>
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          The bundle is a zip with values.yaml, manifests.yaml, operator-preview.yaml,
          operator-values.yaml, values.schema.json (for helm lint), install.sh and a helmfile
          release.
        </p>
        <label className="mt-1 flex items-center gap-2 text-xs">
          <input
            type="checkbox"
            checked={schemaModeline}
            onChange={(e) => setSchemaModeline(e.currentTarget.checked)}
          />
          Start the bundle&apos;s values.yaml with a yaml-language-server line naming
          values.schema.json (editors then check it as you type)
        </label>
      </div>
      <div>
        <h3 className="mb-2 font-semibold">Copy</h3>
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => void copy('values.yaml', current().valuesText)}>
            Copy values.yaml
          </Button>
          <Button onClick={() => void copy('the manifests', manifests.content)}>
            Copy manifests
          </Button>
          <Button
            onClick={() => void copy('the operator preview', operatorPreview(pipeline).content)}
          >
            Copy operator preview
          </Button>
          <Button onClick={() => void copy('the install command', helmInstallCommand(pipeline))}>
            Copy helm install command
          </Button>
        </div>
        <pre className="mt-2 whitespace-pre-wrap break-all rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-800">
          {helmInstallCommand(pipeline)}
        </pre>
      </div>
      <ManifestDiff current={manifests.content} lastExport={lastExport} />
      <ImportActorForm />
    </section>
  );
}
