import { lazy, Suspense, useEffect, useState } from 'react';
import { defaultExampleId, readmeExamples } from '@/core/examples/index.ts';
import { defaultOperatorPresetId, operatorPresets } from '@/core/operator-settings/operator-presets.ts';
import { downloadArtifact } from '@/io/download-file.ts';
import { readValuesFile } from '@/io/read-file.ts';
import { applyTheme, type Theme, type ThemeChoice } from '@/io/theme.ts';
import { ValuesForm } from '@/ui/features/values-form/values-form.tsx';
import { ProblemsPanel } from '@/ui/features/problems/problems-panel.tsx';
import { StudioContext } from '@/ui/state/studio-context.tsx';
import { createStudioStore, useStudio, type StudioStore } from '@/ui/state/studio-store.ts';
import { markStudioUpdated } from '@/ui/state/studio-timing.ts';
import { SyntaxBanner } from './syntax-banner.tsx';
import { NoticeBar } from './notice-bar.tsx';
import { SidePanel } from './side-panel.tsx';
import { Toolbar } from './toolbar.tsx';
import { useFileDrop } from './use-file-drop.ts';
import { useDeferredMount } from './use-deferred-mount.ts';

const YamlEditor = lazy(async () => ({ default: (await import('@/ui/features/yaml-editor/yaml-editor.tsx')).YamlEditor }));

function createInitialStudio(): StudioStore {
  const example = readmeExamples.find((e) => e.id === defaultExampleId) ?? readmeExamples[0];
  return createStudioStore(
    { text: example?.text ?? '', profile: 'asya-test-actor', operatorSettingsText: operatorPresets.find((p) => p.id === defaultOperatorPresetId)?.text ?? '' },
    { loadAnalyzer: async () => (await import('@/core/studio/analyze-studio.ts')).analyzeStudio },
  );
}

export function App() {
  const [studio] = useState(createInitialStudio);
  const { actions } = studio;
  const [themeChoice, setThemeChoice] = useState<ThemeChoice>('system');
  const [theme, setTheme] = useState<Theme>('light');
  const text = useStudio(studio, (s) => s.history.present);
  const derived = useStudio(studio, (s) => s.derived);
  const reveal = useStudio(studio, (s) => s.reveal);
  const editorReady = useDeferredMount();

  useEffect(() => applyTheme(themeChoice, setTheme), [themeChoice]);
  // Runs after the whole tree (preview, problems, scaling lab) committed this derived state.
  useEffect(markStudioUpdated, [derived]);

  const openFile = async (file: File) => {
    const result = await readValuesFile(file);
    if (result.ok) {
      actions.setText(result.text, 'file');
      actions.notify(`Opened ${file.name}.`);
    } else actions.notify(result.message, 'error');
  };
  const dropHandlers = useFileDrop((file) => void openFile(file));

  const revealRange = reveal && derived.parsed.locate(reveal.path);

  return (
    <StudioContext.Provider value={studio}>
      <div className="flex h-full flex-col" {...dropHandlers}>
        <Toolbar
          onPickExample={(id) => {
            const example = readmeExamples.find((e) => e.id === id);
            if (example) actions.setText(example.text, 'example');
          }}
          onOpenFile={(file) => void openFile(file)}
          onDownloadValues={() => downloadArtifact({ filename: 'values.yaml', mimeType: 'application/yaml', content: text })}
          onProfileChange={actions.setProfile}
          theme={themeChoice}
          onThemeChange={setThemeChoice}
        />
        <NoticeBar />
        <SyntaxBanner />
        <main className="grid min-h-0 flex-1 grid-cols-[minmax(300px,360px)_minmax(420px,1fr)_minmax(360px,36%)]">
          <ValuesForm />
          <div className="flex min-h-0 flex-col border-x border-slate-200 dark:border-slate-700">
            <section aria-label="values.yaml" className="min-h-0 flex-[3]">
              {editorReady && (
                <Suspense fallback={<p className="p-3 text-sm text-slate-500">Loading editor…</p>}>
                  <YamlEditor
                    text={text}
                    onChange={(t) => actions.setText(t, 'editor')}
                    diagnostics={derived.diagnostics}
                    theme={theme}
                    reveal={revealRange && reveal ? { line: revealRange.line, col: revealRange.col, nonce: reveal.nonce } : undefined}
                    onUndo={actions.undo}
                    onRedo={actions.redo}
                  />
                </Suspense>
              )}
            </section>
            <div className="min-h-0 flex-[2] border-t border-slate-200 dark:border-slate-700">
              <ProblemsPanel diagnostics={derived.diagnostics} onSelect={(d) => actions.reveal(d.path)} />
            </div>
          </div>
          <SidePanel />
        </main>
      </div>
    </StudioContext.Provider>
  );
}
