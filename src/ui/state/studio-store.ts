import type { ChartProfileId } from '@/core/chart/chart-profile.ts';
import type { Diagnostic, ValuesPath } from '@/core/diagnostics/index.ts';
import type { EditResult } from '@/core/document/index.ts';
import {
  deriveStudio,
  type Deferral,
  type DerivedStudio,
  type StudioAnalyzer,
  type ValuesReader,
} from '@/core/studio/derive-studio.ts';
import * as transitions from '@/core/studio/studio-transitions.ts';
import type {
  EditSource,
  StudioEnvironment,
  StudioState,
  StudioWorkspace,
  ValueEditor,
} from '@/core/studio/studio-transitions.ts';
import { afterNextPaint } from '@/io/after-next-paint.ts';
import { createStore, useStoreSlice } from './create-store.ts';
import { markStudioInput } from './studio-timing.ts';

export type { EditSource, StudioState };

export interface StudioStoreOptions {
  /** The clock, injected so tests and the history stay deterministic. */
  now?: () => number;
  /** Loads the values reader (the YAML document model), which the first paint does without; called again on retry. */
  loadReader: () => Promise<ValuesReader>;
  /** Loads the analysis stages (validation, pipeline, formulas) after the first paint. */
  loadAnalyzer?: () => Promise<StudioAnalyzer>;
  /** Loads checks too slow for every keystroke (the Kubernetes and KEDA schemas); they run when typing pauses. */
  loadLaterChecks?: () => Promise<LaterCheck>;
  /** Loads the document edit behind form changes; form edits made before it arrives wait for it, in order. */
  loadValueEditor: () => Promise<ValueEditor>;
}

/** The parts of the studio's code that load after the first paint, in the order they are needed. */
const lateStages = ['reader', 'value editor', 'analysis', 'later checks'] as const;
export type LateStage = (typeof lateStages)[number];

/** A check of the analysed values that runs after typing pauses; returns located problems. */
export type LaterCheck = (derived: DerivedStudio) => Diagnostic[];

/** How long typing must pause before the later checks run. */
const laterCheckDelayMs = 300;

/**
 * Binds the studio's pure transitions (core/studio/studio-transitions.ts) to a subscribable
 * store, and owns what is not pure: the clock, the stages loaded after the first paint, and the
 * timer of the later checks.
 */
export function createStudioStore(workspace: StudioWorkspace, options: StudioStoreOptions) {
  const now = options.now ?? Date.now;
  let reader: ValuesReader | undefined;
  let analyzer: StudioAnalyzer | undefined;
  let laterCheck: LaterCheck | undefined;
  let laterProblems: Diagnostic[] = [];
  let laterTimer: ReturnType<typeof setTimeout> | undefined;
  let deferral: Deferral;
  const env = (): StudioEnvironment => ({
    now: now(),
    derive: (inputs, previous) =>
      deriveStudio(inputs, previous, { read: reader, analyze: analyzer }, laterProblems, deferral),
  });
  const store = createStore<StudioState>(transitions.createStudioState(workspace, env()));
  const rederive = () => store.setState((s) => transitions.rederive(s, env()));

  /**
   * Applies a transition that may leave stages of a just-opened document for later, then derives
   * again after each paint until none is left: the reading, then the analysis.
   */
  const derive = (transition: (state: StudioState) => StudioState, first: Deferral) => {
    deferral = first;
    store.setState(transition);
    deferral = undefined;
    const { derived } = store.getState();
    const left: Deferral = derived.outline && reader ? 'analysis' : undefined;
    if (first && (left || (analyzer && derived.parsed && !derived.analysis)))
      afterNextPaint(() => derive((s) => transitions.rederive(s, env()), left));
  };

  const runLaterChecks = () => {
    const derived = store.getState().derived;
    if (!laterCheck || !derived.analysis || derived.formLocked) return;
    laterProblems = laterCheck(derived);
    rederive();
  };
  let lastAnalysis: unknown;
  store.subscribe(() => {
    const analysis = store.getState().derived.analysis;
    if (analysis === lastAnalysis) return;
    lastAnalysis = analysis;
    clearTimeout(laterTimer);
    laterTimer = setTimeout(runLaterChecks, laterCheckDelayMs);
  });
  // Form edits made before the edit code has arrived wait for it, then apply in order.
  const applyValue = (edit: ValueEditor, path: ValuesPath, value: unknown) =>
    store.setState((s) => transitions.setValue(s, { path, value }, { ...env(), edit }));
  const waitingEdits: { path: ValuesPath; value: unknown }[] = [];
  let valueEditor: ValueEditor | undefined;
  const setValue = (path: ValuesPath, value: unknown) => {
    if (valueEditor) applyValue(valueEditor, path, value);
    else waitingEdits.push({ path, value });
  };

  // The stages that load after the entry. One whose chunk fails is listed in `failedStages`
  // (the studio shows it with a Retry) and loaded again by `retryStages`.
  const { loadReader, loadValueEditor, loadAnalyzer, loadLaterChecks } = options;
  // A loader resolves to what takes its stage into use, so an error there is not taken for a failed load.
  const lateStage =
    <T>(load: (() => Promise<T>) | undefined, use: (loaded: T) => void) =>
    () =>
      load?.().then((loaded) => () => use(loaded));
  const stageLoaders: Record<LateStage, () => Promise<() => void> | undefined> = {
    reader: lateStage(loadReader, (loaded) => {
      reader = loaded;
      rederive();
    }),
    analysis: lateStage(loadAnalyzer, (loaded) => {
      analyzer = loaded;
      rederive();
    }),
    'value editor': lateStage(loadValueEditor, (loaded) => {
      valueEditor = loaded;
      for (const { path, value } of waitingEdits.splice(0)) applyValue(loaded, path, value);
    }),
    'later checks': lateStage(loadLaterChecks, (loaded) => {
      laterCheck = loaded;
      runLaterChecks();
    }),
  };
  const failedStages = createStore<readonly LateStage[]>([]);
  const loadStage = async (stage: LateStage) => {
    const takeIntoUse = await stageLoaders[stage]()?.catch(() => {
      failedStages.setState((failed) => (failed.includes(stage) ? failed : [...failed, stage]));
    });
    takeIntoUse?.();
  };
  const loadStages = (stages: readonly LateStage[]) => Promise.all(stages.map(loadStage));
  // The reader first, as it fills the form: the other stages (and Monaco, see `readerSettled`)
  // would take the main thread from it while it compiles.
  const readerSettled = loadStage('reader');
  void readerSettled.then(() => loadStages(lateStages.filter((stage) => stage !== 'reader')));

  const actions = {
    /** Replaces the whole text (typing in the editor, opening a file, picking an example). */
    setText: (text: string, source: EditSource) => {
      markStudioInput();
      // A document of several actors just opened lists its actors first (from its lines while a
      // large one is read); its reading and the pipelines of all its actors follow that paint.
      derive(
        (s) => transitions.setText(s, { text, source }, env()),
        source === 'file' || source === 'example' ? 'read' : undefined,
      );
    },
    /** Changes one value through a document edit, so comments and order survive; refused while the text is broken. */
    setValue: (path: ValuesPath, value: unknown) => {
      markStudioInput();
      setValue(path, value);
    },
    /** Applies an edit the navigator computed on the text (one undo step, like a form edit). */
    applyEdit: (result: EditResult) => {
      markStudioInput();
      store.setState((s) => transitions.applyEdit(s, result, env()));
    },
    /** Shows another actor of the document in the form, the preview and the lab. */
    selectActor: (actor: number) => store.setState((s) => transitions.selectActor(s, actor, env())),
    setProfile: (profile: ChartProfileId) =>
      store.setState((s) => transitions.setProfile(s, profile, env())),
    setOperatorSettingsText: (text: string) =>
      store.setState((s) => transitions.setOperatorSettingsText(s, text, env())),
    /** Replaces the whole workspace (switching workspaces, opening a share link): a fresh undo history. */
    loadWorkspace: (next: StudioWorkspace) =>
      store.setState((s) => transitions.loadWorkspace(s, next, env())),
    undo: () => store.setState((s) => transitions.undo(s, env())),
    redo: () => store.setState((s) => transitions.redo(s, env())),
    /** Moves to the next (or previous) problem that has a place in the text, wrapping around. */
    revealNextProblem: (direction: 1 | -1) =>
      store.setState((s) => transitions.revealNextProblem(s, direction)),
    reveal: (path: ValuesPath) => store.setState((s) => transitions.reveal(s, path)),
    notify: (text: string, tone: 'info' | 'error' = 'info') =>
      store.setState((s) => transitions.notify(s, { text, tone })),
    dismissNotice: () => store.setState(transitions.dismissNotice),
    /** Loads again the stages whose chunks failed to load. */
    retryStages: () => {
      const failed = failedStages.getState();
      failedStages.setState(() => []);
      void loadStages(failed);
    },
  };

  return { store, failedStages, readerSettled, actions };
}

export type StudioStore = ReturnType<typeof createStudioStore>;

/** Subscribes to one slice of the studio state. */
export function useStudio<T>(studio: StudioStore, select: (state: StudioState) => T): T {
  return useStoreSlice(studio.store, select);
}
