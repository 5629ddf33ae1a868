import { chartProfileIds } from '@/core/chart/chart-profile.ts';
import { readmeExampleTitles } from '@/core/examples/readme-example-titles.ts';
import type { ThemeChoice } from '@/io/theme.ts';
import type { Command } from '@/ui/features/command-palette/command.ts';
import type { StudioStore } from '@/ui/state/studio-store.ts';
import type { SidePanelTab, sidePanelTabs } from './side-panel-tabs.ts';

export interface CommandContext {
  studio: StudioStore;
  openDialog: (dialog: 'palette' | 'cheat-sheet' | 'share') => void;
  downloadValues: () => void;
  /**
   * The side panel's tabs, `sidePanelTabs`. Passed in rather than imported: this module loads with
   * the palette, and importing side-panel.tsx from it makes the bundler split shared code out of the
   * first-load chunk into extra requests.
   */
  tabs: typeof sidePanelTabs;
  showTab: (tab: SidePanelTab) => void;
  /** Replaces the text with one of the README examples (loading its text first). */
  pickExample: (id: string) => void;
  togglePreview: () => void;
  toggleForm: () => void;
  setTheme: (theme: ThemeChoice) => void;
  openFile: () => void;
}

/** Every action of the studio, for the palette and the cheat sheet. */
export function buildCommands(ctx: CommandContext): Command[] {
  const { actions } = ctx.studio;
  return [
    { id: 'download', title: 'Download values.yaml', shortcut: 'Ctrl+S', run: ctx.downloadValues },
    { id: 'open', title: 'Open values file', run: ctx.openFile },
    { id: 'share', title: 'Copy share link', run: () => ctx.openDialog('share') },
    { id: 'undo', title: 'Undo', shortcut: 'Ctrl+Z', run: actions.undo },
    { id: 'redo', title: 'Redo', shortcut: 'Ctrl+Shift+Z', run: actions.redo },
    {
      id: 'next-problem',
      title: 'Go to next problem',
      shortcut: 'F8',
      run: () => actions.revealNextProblem(1),
    },
    {
      id: 'previous-problem',
      title: 'Go to previous problem',
      shortcut: 'Shift+F8',
      run: () => actions.revealNextProblem(-1),
    },
    {
      id: 'toggle-preview',
      title: 'Show or hide the results panel',
      shortcut: 'Alt+P',
      run: ctx.togglePreview,
    },
    { id: 'toggle-form', title: 'Show or hide the form', run: ctx.toggleForm },
    ...ctx.tabs.map((tab) => ({
      id: `tab-${tab.id}`,
      title: `Show ${tab.label}`,
      run: () => ctx.showTab(tab.id),
    })),
    ...readmeExampleTitles.map((e) => ({
      id: `example-${e.id}`,
      title: `New from example: ${e.title}`,
      run: () => ctx.pickExample(e.id),
    })),
    ...chartProfileIds.map((p) => ({
      id: `profile-${p}`,
      title: `Use chart profile ${p}`,
      run: () => actions.setProfile(p),
    })),
    ...(['light', 'dark', 'system'] as const).map((t) => ({
      id: `theme-${t}`,
      title: `Theme: ${t}`,
      run: () => ctx.setTheme(t),
    })),
    {
      id: 'palette',
      title: 'Command palette',
      shortcut: 'Ctrl+K',
      run: () => ctx.openDialog('palette'),
    },
    {
      id: 'cheat-sheet',
      title: 'Keyboard shortcuts',
      shortcut: '?',
      run: () => ctx.openDialog('cheat-sheet'),
    },
  ];
}
