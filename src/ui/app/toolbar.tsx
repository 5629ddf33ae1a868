import { Suspense, useRef } from 'react';
import { chartProfileIds, type ChartProfileId } from '@/core/chart/chart-profile.ts';
import { multiActorExampleTitles } from '@/core/examples/multi-actor-example-titles.ts';
import { readmeExampleTitles } from '@/core/examples/readme-example-titles.ts';
import type { ThemeChoice } from '@/io/theme.ts';
import { Button } from '@/ui/components/button.tsx';
import { lazyPart } from '@/ui/components/lazy-part.tsx';
import { PartBoundary } from '@/ui/components/part-boundary.tsx';
import { useStudioSlice } from '@/ui/state/studio-context.tsx';
import type { WorkspaceSession } from '@/ui/state/workspace-session.ts';

export interface ToolbarProps {
  workspaces: WorkspaceSession;
  onPickExample: (id: string) => void;
  onOpenFile: (file: File) => void;
  onDownloadValues: () => void;
  onProfileChange: (profile: ChartProfileId) => void;
  theme: ThemeChoice;
  onThemeChange: (theme: ThemeChoice) => void;
  onShare: () => void;
  onPalette: () => void;
  formOpen: boolean;
  onToggleForm: () => void;
  sideOpen: boolean;
  onToggleSide: () => void;
}

// The examples menu and the workspace menu load right after the first paint: reading and editing
// the values needs neither, and they are a few KB of the first load.
const MenuButton = lazyPart(
  async () => (await import('@/ui/components/menu-button.tsx')).MenuButton,
);
const WorkspaceBar = lazyPart(
  async () => (await import('@/ui/features/workspaces/workspace-bar.tsx')).WorkspaceBar,
);

const exampleItems = [...readmeExampleTitles, ...multiActorExampleTitles].map((e) => ({
  id: e.id,
  label: e.title,
}));

/** The studio's top bar: start, open, download, chart profile and theme. */
export function Toolbar(props: ToolbarProps) {
  const profile = useStudioSlice((s) => s.profile);
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <header className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-950">
      <h1 className="mr-2 text-base font-semibold tracking-tight">
        Actor Studio{' '}
        <span className="font-normal text-slate-500 dark:text-slate-400">for Asya actors</span>
      </h1>
      <PartBoundary name="The examples menu" className="m-0 p-1">
        <Suspense fallback={<Button disabled>New from example</Button>}>
          <MenuButton
            label="New from example"
            items={exampleItems}
            onSelect={props.onPickExample}
          />
        </Suspense>
      </PartBoundary>
      <Button onClick={() => fileInput.current?.click()}>Open values file</Button>
      <input
        ref={fileInput}
        type="file"
        accept=".yaml,.yml,text/yaml,text/plain"
        aria-label="Open values file"
        className="sr-only"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) props.onOpenFile(file);
          e.currentTarget.value = '';
        }}
      />
      <Button onClick={props.onDownloadValues}>Download values.yaml</Button>
      <Button onClick={props.onShare}>Copy share link</Button>
      <PartBoundary name="The workspace menu" className="m-0 p-1">
        <Suspense fallback={<span className="text-sm">Workspace</span>}>
          <WorkspaceBar workspaces={props.workspaces} />
        </Suspense>
      </PartBoundary>
      <div className="ml-auto flex items-center gap-3 text-sm">
        <Button
          variant="ghost"
          aria-pressed={props.formOpen}
          onClick={props.onToggleForm}
          title="Show or hide the form"
        >
          Form
        </Button>
        <Button
          variant="ghost"
          aria-pressed={props.sideOpen}
          onClick={props.onToggleSide}
          title="Show or hide the results panel (Alt+P)"
        >
          Results
        </Button>
        <label className="flex items-center gap-1.5">
          Chart
          <select
            value={profile}
            onChange={(e) => props.onProfileChange(e.currentTarget.value as ChartProfileId)}
            className="rounded-md border border-slate-300 bg-white px-1.5 py-1 dark:border-slate-600 dark:bg-slate-800"
          >
            {chartProfileIds.map((id) => (
              <option key={id} value={id}>
                {id === 'asya-test-actor' ? 'asya-test-actor (README)' : 'asya-actor (shipped)'}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1.5">
          Theme
          <select
            value={props.theme}
            onChange={(e) => props.onThemeChange(e.currentTarget.value as ThemeChoice)}
            className="rounded-md border border-slate-300 bg-white px-1.5 py-1 dark:border-slate-600 dark:bg-slate-800"
          >
            <option value="system">System</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <Button
          variant="ghost"
          onClick={props.onPalette}
          aria-label="Command palette"
          title="Command palette (Ctrl+K)"
          aria-keyshortcuts="Control+K"
        >
          ⌘K
        </Button>
      </div>
    </header>
  );
}
