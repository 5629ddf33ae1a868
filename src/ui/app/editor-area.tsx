import { Suspense, useEffect } from 'react';
import type { Theme } from '@/io/theme.ts';
import { lazyPart } from '@/ui/components/lazy-part.tsx';
import { PartBoundary } from '@/ui/components/part-boundary.tsx';
import { useStudioSlice, useStudioStore } from '@/ui/state/studio-context.tsx';
import { markStudioUpdated } from '@/ui/state/studio-timing.ts';

// The problems list fills in as the analysis stages (loaded after the first paint) find problems.
const ProblemsPanel = lazyPart(
  async () => (await import('@/ui/features/problems/problems-panel.tsx')).ProblemsPanel,
);
const YamlEditor = lazyPart(
  async () => (await import('@/ui/features/yaml-editor/yaml-editor.tsx')).YamlEditor,
);

/**
 * The editor and the Problems list: the only parts of the shell that follow every keystroke,
 * so the rest of the page does not re-render while typing.
 */
export function EditorArea(props: {
  editorReady: boolean;
  theme: Theme;
  onPalette: () => void;
  onDownload: () => void;
}) {
  const { actions } = useStudioStore();
  const text = useStudioSlice((s) => s.history.present);
  const diagnostics = useStudioSlice((s) => s.derived.diagnostics);
  const parsed = useStudioSlice((s) => s.derived.parsed);
  const reveal = useStudioSlice((s) => s.reveal);
  const derived = useStudioSlice((s) => s.derived);
  // Runs once this derived state is on screen (preview, problems, scaling curve): the bench's end mark.
  useEffect(markStudioUpdated, [derived]);
  const revealRange = reveal && parsed?.locate(reveal.path);

  return (
    <div className="flex min-h-0 flex-col border-x border-slate-200 dark:border-slate-700">
      <section aria-label="values.yaml" className="min-h-0 flex-[3]">
        {props.editorReady && (
          <PartBoundary name="The editor">
            <Suspense fallback={<p className="p-3 text-sm text-slate-500">Loading editor…</p>}>
              <YamlEditor
                text={text}
                onChange={(t) => actions.setText(t, 'editor')}
                diagnostics={diagnostics}
                theme={props.theme}
                reveal={
                  revealRange && reveal
                    ? { line: revealRange.line, col: revealRange.col, nonce: reveal.nonce }
                    : undefined
                }
                onUndo={actions.undo}
                onRedo={actions.redo}
                onPalette={props.onPalette}
                onDownload={props.onDownload}
              />
            </Suspense>
          </PartBoundary>
        )}
      </section>
      <div className="min-h-0 flex-[2] border-t border-slate-200 dark:border-slate-700">
        <PartBoundary name="The problems list">
          <Suspense fallback={<section aria-label="Problems" />}>
            <ProblemsPanel diagnostics={diagnostics} onSelect={(d) => actions.reveal(d.path)} />
          </Suspense>
        </PartBoundary>
      </div>
    </div>
  );
}
