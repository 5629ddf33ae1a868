import { useMemo, useState } from 'react';
import { parseValuesText } from '@/core/document/index.ts';
import type { PipelineResult } from '@/core/pipeline/pipeline-result.ts';
import {
  describeStatus,
  entryYaml,
  originOf,
  previewEntries,
  type PreviewEntry,
} from '@/core/preview/preview-entries.ts';
import { upstreamLink } from '@/core/diagnostics/index.ts';
import { cn } from '@/ui/components/cn.ts';
import { SourceLink } from '@/ui/components/source-link.tsx';
import { Tabs } from '@/ui/components/tabs.tsx';
import { WithShownPipeline } from '@/ui/components/with-shown-pipeline.tsx';
import { useStudioStore } from '@/ui/state/studio-context.tsx';
import { YamlView } from './yaml-view.tsx';

/** What the coloured dot on a tab says, for screen readers. */
const statusWord = { rejected: 'refused', 'not-created': 'not created' } as const;

const statusTone = {
  created: 'text-emerald-700 dark:text-emerald-400',
  rejected: 'text-red-700 dark:text-red-400',
  'not-created': 'text-amber-700 dark:text-amber-400',
} as const;

/** What the chart, the API server and the operator make of the values: one tab per object. */
/** The chart README's StatefulSet section, which the illustration follows. */
const readmeStatefulSet = upstreamLink(
  'asya',
  'testing/e2e/charts/asya-test-actors/README.md',
  [246, 287],
);

export function ManifestPreviewPanel() {
  return (
    <WithShownPipeline>{(pipeline) => <PipelinePreview pipeline={pipeline} />}</WithShownPipeline>
  );
}

function PipelinePreview({ pipeline }: { pipeline: PipelineResult }) {
  const { actions } = useStudioStore();
  const entries = useMemo(() => previewEntries(pipeline), [pipeline]);
  const [activeId, setActiveId] = useState<string>();
  const active =
    entries.find((e) => e.id === activeId) ??
    entries.find((e) => sameKind(e.id, activeId)) ??
    entries[0];
  const activeYaml = useMemo(() => (active ? entryYaml(active) : ''), [active]);

  const traceLine = (entry: PreviewEntry, line: number, col: number) => {
    if (entry.objectIndex === undefined) return;
    const objectPath = parseValuesText(entryYaml(entry)).pathAt(line, col);
    const valuesPath = originOf(pipeline, entry.stage, entry.objectIndex, objectPath);
    if (valuesPath) actions.reveal(valuesPath);
    else
      actions.notify(
        'This field is set by the chart, the API server or the operator, not by a value.',
      );
  };

  return (
    <section aria-label="Preview" className="flex h-full min-h-0 flex-col">
      <Tabs
        label="Rendered objects"
        tabs={entries.map((e) => ({
          id: e.id,
          label: e.label,
          badge:
            e.status.status === 'created' ? undefined : (
              <>
                <span aria-hidden="true" className={cn('ml-1', statusTone[e.status.status])}>
                  ●
                </span>
                <span className="sr-only">({statusWord[e.status.status]})</span>
              </>
            ),
        }))}
        active={active?.id ?? ''}
        onChange={setActiveId}
      >
        {active && (
          <div>
            <p
              className={cn(
                'border-b border-slate-200 px-3 py-1.5 text-sm dark:border-slate-700',
                statusTone[active.status.status],
              )}
              data-testid="object-status"
            >
              {active.status.kind} {active.status.name}: {describeStatus(active.status)}
            </p>
            {active.notes.map((note, i) => (
              <p
                key={i}
                className="border-b border-slate-200 bg-sky-50 px-3 py-1.5 text-xs text-sky-900 dark:border-slate-700 dark:bg-sky-950 dark:text-sky-100"
              >
                <strong>Note:</strong> {note.text}{' '}
                <span className="text-sky-700 dark:text-sky-300">
                  Source: <SourceLink href={note.source} />
                </span>
              </p>
            ))}
            {active.illustration && (
              <p className="border-b border-slate-200 bg-amber-50 px-3 py-1.5 text-xs text-amber-900 dark:border-slate-700 dark:bg-amber-950 dark:text-amber-100">
                <strong>Illustration, not created by the current operator:</strong> the{' '}
                {active.status.kind} the README describes, with the volume claim templates the API
                server drops. Source: <SourceLink href={readmeStatefulSet} />.
              </p>
            )}
            {activeYaml ? (
              <YamlView
                yaml={activeYaml}
                label={`${active.label} YAML`}
                onLine={(line, col) => traceLine(active, line, col)}
              />
            ) : (
              <p className="px-3 py-2 text-sm text-slate-500">
                Nothing to show: this object is not created.
              </p>
            )}
          </div>
        )}
        {entries.length === 0 && (
          <p className="p-3 text-sm text-slate-500">The chart renders nothing for these values.</p>
        )}
      </Tabs>
      <PipelineFooter pipeline={pipeline} />
    </section>
  );
}

/** Keeps the tab of the same stage and kind selected when the actor's name changes while typing. */
function sameKind(id: string, activeId: string | undefined): boolean {
  return activeId !== undefined && id.split('/')[0] === activeId.split('/')[0];
}

function PipelineFooter({ pipeline }: { pipeline: PipelineResult }) {
  const effects = pipeline.operator.brokerSideEffects;
  return (
    <div className="shrink-0 border-t border-slate-200 px-3 py-1.5 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-300">
      <span>
        KEDA: <strong>{pipeline.keda.status}</strong>
        {pipeline.keda.reasons.length > 0 && ` (${pipeline.keda.reasons.join('; ')})`}
      </span>
      {effects.length > 0 && (
        <span className="ml-3">
          Broker:{' '}
          {effects.map((e) => [e.action, e.queue ?? e.name].filter(Boolean).join(' ')).join(', ')}
        </span>
      )}
    </div>
  );
}
