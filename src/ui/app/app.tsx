import { Suspense, useEffect, useState, type ComponentType } from 'react';
import { defaultExample } from '@/core/examples/default-example.ts';
import { loadReadmeExample } from '@/core/examples/load-readme-example.ts';
import { defaultOperatorSettingsText } from '@/core/operator-settings/operator-presets.ts';
import { downloadArtifact } from '@/io/download-file.ts';
import type { DraftLoad, DraftStorage } from '@/io/draft-storage.ts';
import { afterPageLoad, registerServiceWorker, type ApplyUpdate } from '@/io/service-worker.ts';
import { readValuesFile } from '@/io/read-file.ts';
import { createShareLinkLocation } from '@/io/share-link-location.ts';
import {
  applyTheme,
  loadThemeChoice,
  saveThemeChoice,
  type Theme,
  type ThemeChoice,
} from '@/io/theme.ts';
import { lazyPart } from '@/ui/components/lazy-part.tsx';
import { PartBoundary } from '@/ui/components/part-boundary.tsx';
import { onRetry } from '@/ui/components/retry-failed.ts';
import { Splitter } from '@/ui/components/splitter.tsx';
import { ValuesForm } from '@/ui/features/values-form/values-form.tsx';
import { useStoreSlice } from '@/ui/state/create-store.ts';
import { StudioContext } from '@/ui/state/studio-context.tsx';
import { WorkspaceContext } from '@/ui/state/workspace-context.ts';
import { createStudioStore } from '@/ui/state/studio-store.ts';
import { createWorkspaceSession } from '@/ui/state/workspace-session.ts';
import type { Command } from '@/ui/features/command-palette/command.ts';
import type { ValuesReader } from '@/core/studio/derive-studio.ts';
import type { CommandContext } from './build-commands.ts';
import { NoticeBar } from './notice-bar.tsx';
import { EditorArea } from './editor-area.tsx';
import { sidePanelTabs, type SidePanelTab } from './side-panel-tabs.ts';
import { startFromLocation } from './start-from-location.ts';
import { StageFailureBanner } from './stage-failure-banner.tsx';
import { SyntaxBanner } from './syntax-banner.tsx';
import { Toolbar } from './toolbar.tsx';
import { useDeferredMount } from './use-deferred-mount.ts';
import { useLatch } from './use-latch.ts';
import { useFileDrop } from './use-file-drop.ts';
import { useGlobalShortcuts } from './use-global-shortcuts.ts';

// Dialogs load when first opened: a first visit needs none of them.
const ShareDialog = lazyPart(
  async () => (await import('@/ui/features/workspaces/share-dialog.tsx')).ShareDialog,
);
interface CommandDialogProps {
  open: boolean;
  onClose: () => void;
}
/** A dialog listing the commands, which are built with its code: painting needs neither. */
function lazyWithCommands(
  load: () => Promise<ComponentType<CommandDialogProps & { commands: readonly Command[] }>>,
) {
  return lazyPart(async () => {
    const [Dialog, { buildCommands }] = await Promise.all([load(), import('./build-commands.ts')]);
    return ({ context, ...props }: CommandDialogProps & { context: CommandContext }) => (
      <Dialog {...props} commands={buildCommands(context)} />
    );
  });
}
const CommandPalette = lazyWithCommands(
  async () => (await import('@/ui/features/command-palette/command-palette.tsx')).CommandPalette,
);
const CheatSheet = lazyWithCommands(
  async () => (await import('@/ui/features/command-palette/cheat-sheet.tsx')).CheatSheet,
);
// Notices about the session and a waiting new version: none is needed to paint the studio.
const SessionNotices = lazyPart(
  async () => (await import('@/ui/features/workspaces/session-notices.tsx')).SessionNotices,
);
const UpdatePrompt = lazyPart(async () => (await import('./update-prompt.tsx')).UpdatePrompt);
// The results panel shows what the analysis stages make of the values, which load after the
// first paint too; its own code (tabs and all) waits with them.
// The navigator matters for documents with several actors, which the analysis recognises after the
// first paint; its edit code stays out of the first load with it.
const ActorNavigator = lazyPart(
  async () => (await import('@/ui/features/actor-navigator/actor-navigator.tsx')).ActorNavigator,
);
const SidePanel = lazyPart(async () => (await import('./side-panel.tsx')).SidePanel);
const IncomingLinkDialog = lazyPart(
  async () =>
    (await import('@/ui/features/workspaces/incoming-link-dialog.tsx')).IncomingLinkDialog,
);

const starter = {
  name: defaultExample.title,
  valuesText: defaultExample.text,
  profile: 'asya-test-actor' as const,
  operatorSettingsText: defaultOperatorSettingsText,
};

/** Where drafts live, what was found there before the first render, and how to load the values reader. */
export interface StudioBoot {
  drafts: DraftStorage;
  loaded: DraftLoad;
  loadReader: () => Promise<ValuesReader>;
}

/** Wires the stores to the browser: drafts, the URL, and the analysis stages loaded after the first paint. */
function createStudio({ drafts, loaded, loadReader }: StudioBoot) {
  const studio = createStudioStore(
    {
      text: starter.valuesText,
      profile: starter.profile,
      operatorSettingsText: starter.operatorSettingsText,
    },
    {
      loadReader,
      loadAnalyzer: async () => (await import('@/core/studio/analyze-studio.ts')).analyzeStudio,
      loadLaterChecks: async () =>
        (await import('@/core/studio/kubernetes-checks.ts')).checkKubernetesObjects,
      loadValueEditor: async () =>
        (await import('@/core/document/set-value-at-path.ts')).setValueAtPath,
    },
  );
  const workspaces = createWorkspaceSession({
    studio,
    drafts,
    loaded,
    now: Date.now,
    starter,
  });
  const location = createShareLinkLocation(window.location, (data, unused, url) =>
    window.history.replaceState(data, unused, url),
  );
  return { studio, workspaces, location };
}

export function App({ boot }: { boot: StudioBoot }) {
  const [{ studio, workspaces, location }] = useState(() => createStudio(boot));
  const { actions } = studio;
  const [themeChoice, setThemeChoice] = useState<ThemeChoice>(loadThemeChoice);
  const [theme, setTheme] = useState<Theme>('light');
  const [sideTab, setSideTab] = useState<SidePanelTab>('preview');
  const [sideOpen, setSideOpen] = useState(true);
  const [formOpen, setFormOpen] = useState(true);
  const [formWidth, setFormWidth] = useState(340);
  const [sideWidth, setSideWidth] = useState(480);
  const [dialog, setDialog] = useState<'palette' | 'cheat-sheet' | 'share'>();
  const editorReady = useDeferredMount(studio.readerSettled);
  const paletteUsed = useLatch(dialog === 'palette');
  const cheatSheetUsed = useLatch(dialog === 'cheat-sheet');
  const linkOffered = useLatch(
    useStoreSlice(workspaces.session, (s) => s.pendingLink !== undefined),
  );

  const [applyUpdate, setApplyUpdate] = useState<ApplyUpdate>();
  useEffect(
    () => afterPageLoad(() => void registerServiceWorker((apply) => setApplyUpdate(() => apply))),
    [],
  );
  useEffect(() => applyTheme(themeChoice, setTheme), [themeChoice]);
  useEffect(() => onRetry(actions.retryStages), [actions]);
  useEffect(() => startFromLocation(location, workspaces, studio), [location, workspaces, studio]);
  useEffect(() => {
    // A reload or a closed tab must not lose what was on screen.
    window.addEventListener('pagehide', workspaces.flush);
    return () => window.removeEventListener('pagehide', workspaces.flush);
  }, [workspaces]);

  const openFile = async (file: File) => {
    const result = await readValuesFile(file);
    if (result.ok) {
      actions.setText(result.text, 'file');
      actions.notify(`Opened ${file.name}.`);
    } else actions.notify(result.message, 'error');
  };
  const dropHandlers = useFileDrop((file) => void openFile(file));
  const downloadValues = () =>
    downloadArtifact({
      filename: 'values.yaml',
      mimeType: 'application/yaml',
      content: studio.store.getState().history.present,
    });
  const changeTheme = (choice: ThemeChoice) => {
    setThemeChoice(choice);
    saveThemeChoice(choice);
  };
  const pickExample = (id: string) => {
    // Only the starter's text is in the first load; the others load when first picked.
    loadReadmeExample(id).then(
      (example) => {
        if (example) actions.setText(example.text, 'example');
      },
      () =>
        actions.notify(
          'The example did not load. Check the connection and pick it again.',
          'error',
        ),
    );
  };
  const showTab = (tab: SidePanelTab) => {
    setSideOpen(true);
    setSideTab(tab);
  };
  const commandContext: CommandContext = {
    studio,
    openDialog: setDialog,
    downloadValues,
    tabs: sidePanelTabs,
    showTab,
    pickExample,
    togglePreview: () => setSideOpen((open) => !open),
    toggleForm: () => setFormOpen((open) => !open),
    setTheme: changeTheme,
    openFile: () =>
      document.querySelector<HTMLInputElement>('input[aria-label="Open values file"]')?.click(),
  };
  useGlobalShortcuts({
    palette: () => setDialog('palette'),
    cheatSheet: () => setDialog('cheat-sheet'),
    download: downloadValues,
    nextProblem: actions.revealNextProblem,
    togglePreview: () => setSideOpen((open) => !open),
    undo: actions.undo,
    redo: actions.redo,
  });

  const activeName = useStoreSlice(
    workspaces.session,
    (s) => s.workspaces.workspaces.find((w) => w.id === s.workspaces.activeId)?.name ?? 'workspace',
  );
  const columns = [
    formOpen && `${formWidth}px auto`,
    'minmax(360px,1fr)',
    sideOpen && `auto ${sideWidth}px`,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <StudioContext.Provider value={studio}>
      <WorkspaceContext.Provider value={workspaces}>
        <div className="flex h-full flex-col" {...dropHandlers}>
          <Toolbar
            workspaces={workspaces}
            onPickExample={pickExample}
            onOpenFile={(file) => void openFile(file)}
            onDownloadValues={downloadValues}
            onShare={() => setDialog('share')}
            onPalette={() => setDialog('palette')}
            onProfileChange={actions.setProfile}
            theme={themeChoice}
            onThemeChange={changeTheme}
            formOpen={formOpen}
            onToggleForm={() => setFormOpen((open) => !open)}
            sideOpen={sideOpen}
            onToggleSide={() => setSideOpen((open) => !open)}
          />
          <PartBoundary name="A notice">
            <Suspense fallback={null}>
              {applyUpdate && <UpdatePrompt apply={applyUpdate} beforeReload={workspaces.flush} />}
              <SessionNotices workspaces={workspaces} />
            </Suspense>
          </PartBoundary>
          <NoticeBar />
          <SyntaxBanner />
          <StageFailureBanner />
          <main className="grid min-h-0 flex-1" style={{ gridTemplateColumns: columns }}>
            {formOpen && (
              <div className="flex min-h-0 flex-col">
                <PartBoundary name="The actor navigator">
                  <Suspense fallback={null}>
                    <ActorNavigator />
                  </Suspense>
                </PartBoundary>
                <ValuesForm />
              </div>
            )}
            {formOpen && (
              <Splitter
                label="Resize the form"
                width={formWidth}
                min={260}
                max={640}
                side="left"
                onWidth={setFormWidth}
              />
            )}
            <EditorArea
              editorReady={editorReady}
              theme={theme}
              onPalette={() => setDialog('palette')}
              onDownload={downloadValues}
            />
            {sideOpen && (
              <Splitter
                label="Resize the results panel"
                width={sideWidth}
                min={320}
                max={960}
                side="right"
                onWidth={setSideWidth}
              />
            )}
            {sideOpen && (
              <PartBoundary name="The results panel">
                <Suspense fallback={<aside aria-label="Results" />}>
                  <SidePanel active={sideTab} onChange={setSideTab} />
                </Suspense>
              </PartBoundary>
            )}
          </main>
        </div>
        <PartBoundary name="A dialog" className="fixed right-3 bottom-3 z-50 max-w-md shadow-lg">
          <Suspense fallback={null}>
            {paletteUsed && (
              <CommandPalette
                open={dialog === 'palette'}
                onClose={() => setDialog(undefined)}
                context={commandContext}
              />
            )}
            {cheatSheetUsed && (
              <CheatSheet
                open={dialog === 'cheat-sheet'}
                onClose={() => setDialog(undefined)}
                context={commandContext}
              />
            )}
            {dialog === 'share' && (
              <ShareDialog
                open
                onClose={() => setDialog(undefined)}
                name={activeName}
                location={location}
              />
            )}
            {linkOffered && <IncomingLinkDialog workspaces={workspaces} />}
          </Suspense>
        </PartBoundary>
      </WorkspaceContext.Provider>
    </StudioContext.Provider>
  );
}
