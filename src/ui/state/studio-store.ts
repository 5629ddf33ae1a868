import type { ChartProfileId } from '@/core/chart/chart-profile.ts';
import type { Diagnostic, ValuesPath } from '@/core/diagnostics/index.ts';
import { setValueAtPath, type EditResult } from '@/core/document/index.ts';
import {
  deriveStudio,
  type DerivedStudio,
  type StudioAnalyzer,
} from '@/core/studio/derive-studio.ts';
import {
  createHistory,
  recordText,
  redoText,
  undoText,
  type TextHistory,
} from '@/core/studio/text-history.ts';
import { createStore, useStoreSlice } from './create-store.ts';
import { markStudioInput } from './studio-timing.ts';

/** Where an edit came from; typing bursts from one source become one undo step. */
export type EditSource = 'editor' | 'form' | 'file' | 'example' | 'restore';

export interface StudioState {
  history: TextHistory;
  profile: ChartProfileId;
  operatorSettingsText: string;
  /** The selected actor of a document with several, by position. */
  actor: number;
  derived: DerivedStudio;
  /** A request to show one value in the editor and the form; `nonce` makes repeats count. */
  reveal?: { path: ValuesPath; nonce: number };
  /** A short message for the user (file refused, edit refused…). */
  notice?: { text: string; tone: 'info' | 'error'; nonce: number };
}

export interface StudioStoreOptions {
  /** The clock, injected so tests and the history stay deterministic. */
  now?: () => number;
  /** Loads the analysis stages (validation, pipeline, formulas) after the first paint. */
  loadAnalyzer?: () => Promise<StudioAnalyzer>;
  /** Loads checks too slow for every keystroke (the Kubernetes and KEDA schemas); they run when typing pauses. */
  loadLaterChecks?: () => Promise<LaterCheck>;
}

/** A check of the analysed values that runs after typing pauses; returns located problems. */
export type LaterCheck = (derived: DerivedStudio) => Diagnostic[];

/** How long typing must pause before the later checks run. */
const laterCheckDelayMs = 300;

/** Builds the studio store over one text; derived state follows every change. */
export function createStudioStore(
  initial: { text: string; profile: ChartProfileId; operatorSettingsText: string },
  options: StudioStoreOptions = {},
) {
  const now = options.now ?? Date.now;
  let analyzer: StudioAnalyzer | undefined;
  let laterCheck: LaterCheck | undefined;
  let laterProblems: Diagnostic[] = [];
  let laterTimer: ReturnType<typeof setTimeout> | undefined;
  const derive = (state: Omit<StudioState, 'derived'>, previous?: DerivedStudio) =>
    deriveStudio(
      {
        text: state.history.present,
        profile: state.profile,
        operatorSettingsText: state.operatorSettingsText,
        actor: state.actor,
      },
      previous,
      analyzer,
      laterProblems,
    );
  const base = {
    history: createHistory(initial.text),
    profile: initial.profile,
    operatorSettingsText: initial.operatorSettingsText,
    actor: 0,
  };
  const store = createStore<StudioState>({ ...base, derived: derive(base) });
  let nonce = 0;
  let problemIndex = -1;
  const runLaterChecks = () => {
    const derived = store.getState().derived;
    if (!laterCheck || !derived.analysis || derived.formLocked) return;
    laterProblems = laterCheck(derived);
    store.setState((s) => ({ ...s, derived: derive(s, s.derived) }));
  };
  let lastAnalysis: unknown;
  store.subscribe(() => {
    const analysis = store.getState().derived.analysis;
    if (analysis === lastAnalysis) return;
    lastAnalysis = analysis;
    clearTimeout(laterTimer);
    laterTimer = setTimeout(runLaterChecks, laterCheckDelayMs);
  });
  void options.loadAnalyzer?.().then((loaded) => {
    analyzer = loaded;
    store.setState((s) => ({ ...s, derived: derive(s, s.derived) }));
  });
  void options.loadLaterChecks?.().then((loaded) => {
    laterCheck = loaded;
    runLaterChecks();
  });

  const withDerived = (
    next: Omit<StudioState, 'derived'> & { derived: DerivedStudio },
  ): StudioState => ({
    ...next,
    derived: derive(next, next.derived),
  });

  const commitText = (text: string, source: EditSource) => {
    store.setState((s) => {
      const history = recordText(
        s.history,
        text,
        source === 'editor' ? 'editor' : undefined,
        now(),
      );
      return history === s.history ? s : withDerived({ ...s, history });
    });
  };

  const actions = {
    /** Replaces the whole text (typing in the editor, opening a file, picking an example). */
    setText: (text: string, source: EditSource) => {
      markStudioInput();
      commitText(text, source);
    },
    /** Changes one value through a document edit, so comments and order survive; refused while the text is broken. */
    setValue: (path: ValuesPath, value: unknown) => {
      markStudioInput();
      const s = store.getState();
      if (s.derived.formLocked) return;
      actions.applyEdit(setValueAtPath(s.history.present, path, value));
    },
    /** Applies an edit the navigator computed on the text (one undo step, like a form edit). */
    applyEdit: (result: EditResult) => {
      markStudioInput();
      if ('error' in result) actions.notify(result.error, 'error');
      else commitText(result.text, 'form');
    },
    /** Shows another actor of the document in the form, the preview and the lab. */
    selectActor: (actor: number) => {
      store.setState((s) => (s.actor === actor ? s : withDerived({ ...s, actor })));
    },
    setProfile: (profile: ChartProfileId) => {
      store.setState((s) => (s.profile === profile ? s : withDerived({ ...s, profile })));
    },
    setOperatorSettingsText: (operatorSettingsText: string) => {
      store.setState((s) =>
        s.operatorSettingsText === operatorSettingsText
          ? s
          : withDerived({ ...s, operatorSettingsText }),
      );
    },
    /** Replaces the whole workspace (switching workspaces, opening a share link): a fresh undo history. */
    loadWorkspace: (workspace: {
      text: string;
      profile: ChartProfileId;
      operatorSettingsText: string;
    }) => {
      store.setState((s) => {
        const next = {
          ...s,
          history: createHistory(workspace.text),
          profile: workspace.profile,
          operatorSettingsText: workspace.operatorSettingsText,
        };
        return { ...next, derived: derive(next, s.derived) };
      });
    },
    undo: () => {
      store.setState((s) => {
        const history = undoText(s.history);
        return history === s.history ? s : withDerived({ ...s, history });
      });
    },
    redo: () => {
      store.setState((s) => {
        const history = redoText(s.history);
        return history === s.history ? s : withDerived({ ...s, history });
      });
    },
    /** Moves to the next (or previous) problem that has a place in the text, wrapping around. */
    revealNextProblem: (direction: 1 | -1) => {
      const s = store.getState();
      const placed = s.derived.diagnostics.filter(
        (d) => d.range && d.stage !== 'operator-settings',
      );
      if (placed.length === 0) return;
      problemIndex = (problemIndex + direction + placed.length) % placed.length;
      const problem = placed[problemIndex];
      if (problem) actions.reveal(problem.path);
    },
    reveal: (path: ValuesPath) => {
      store.setState((s) => ({ ...s, reveal: { path, nonce: ++nonce } }));
    },
    notify: (text: string, tone: 'info' | 'error' = 'info') => {
      store.setState((s) => ({ ...s, notice: { text, tone, nonce: ++nonce } }));
    },
    dismissNotice: () => {
      store.setState((s) => (s.notice ? { ...s, notice: undefined } : s));
    },
  };

  return { store, actions };
}

export type StudioStore = ReturnType<typeof createStudioStore>;

/** Subscribes to one slice of the studio state. */
export function useStudio<T>(studio: StudioStore, select: (state: StudioState) => T): T {
  return useStoreSlice(studio.store, select);
}
