import type { ChartProfileId } from '../chart/chart-profile.ts';
import type { ValuesPath } from '../diagnostics/index.ts';
import type { EditResult } from '../document/index.ts';
import type { DerivedStudio, StudioInputs } from './derive-studio.ts';
import { createHistory, recordText, redoText, undoText, type TextHistory } from './text-history.ts';

/** Where an edit came from; typing bursts from one source become one undo step. */
export type EditSource = 'editor' | 'form' | 'file' | 'example' | 'restore';

/** Everything the studio shows, as one immutable value; each action maps it to the next. */
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
  /** The last nonce handed out, so every reveal and notice is new to the views. */
  nonce: number;
  /** Which placed problem `revealNextProblem` showed last (-1: none yet). */
  problemIndex: number;
}

/**
 * What a transition takes from outside, so the transitions stay pure: the time of the action,
 * and the derivation with whatever analysis stages have loaded (see `deriveStudio`).
 */
export interface StudioEnvironment {
  now: number;
  derive: (inputs: StudioInputs, previous?: DerivedStudio) => DerivedStudio;
}

/** The document edit a form change goes through (`setValueAtPath`, loaded after the first paint). */
export type ValueEditor = (text: string, path: ValuesPath, value: unknown) => EditResult;

export type StudioWorkspace = Omit<StudioInputs, 'actor'>;

const inputsOf = (state: Omit<StudioState, 'derived'>): StudioInputs => ({
  text: state.history.present,
  profile: state.profile,
  operatorSettingsText: state.operatorSettingsText,
  actor: state.actor,
});

/** The derived view follows the inputs; unchanged parts are reused from the previous view. */
function withDerived(
  state: StudioState,
  changes: Partial<StudioState>,
  env: StudioEnvironment,
): StudioState {
  const next = { ...state, ...changes };
  return { ...next, derived: env.derive(inputsOf(next), state.derived) };
}

export function createStudioState(workspace: StudioWorkspace, env: StudioEnvironment): StudioState {
  const base = {
    history: createHistory(workspace.text),
    profile: workspace.profile,
    operatorSettingsText: workspace.operatorSettingsText,
    actor: 0,
    nonce: 0,
    problemIndex: -1,
  };
  return { ...base, derived: env.derive(inputsOf(base)) };
}

/** Derives again from the same inputs (an analysis stage or a later check has arrived). */
export function rederive(state: StudioState, env: StudioEnvironment): StudioState {
  return withDerived(state, {}, env);
}

/** Replaces the whole text (typing in the editor, opening a file, picking an example, a form edit). */
export function setText(
  state: StudioState,
  input: { text: string; source: EditSource },
  env: StudioEnvironment,
): StudioState {
  const history = recordText(
    state.history,
    input.text,
    input.source === 'editor' ? 'editor' : undefined,
    env.now,
  );
  return history === state.history ? state : withDerived(state, { history }, env);
}

export function notify(
  state: StudioState,
  input: { text: string; tone: 'info' | 'error' },
): StudioState {
  const nonce = state.nonce + 1;
  return { ...state, nonce, notice: { ...input, nonce } };
}

export function dismissNotice(state: StudioState): StudioState {
  return state.notice ? { ...state, notice: undefined } : state;
}

/**
 * Changes one value through a document edit, so comments and order survive. Refused while the
 * text does not parse (the form is read-only then); an edit the document refuses becomes a notice.
 */
export function setValue(
  state: StudioState,
  input: { path: ValuesPath; value: unknown },
  env: StudioEnvironment & { edit: ValueEditor },
): StudioState {
  if (state.derived.formLocked) return state;
  return applyEdit(state, env.edit(state.history.present, input.path, input.value), env);
}

/** Applies an edit computed on the text (a form change, a navigator action): one undo step. */
export function applyEdit(
  state: StudioState,
  result: EditResult,
  env: StudioEnvironment,
): StudioState {
  if ('error' in result) return notify(state, { text: result.error, tone: 'error' });
  return setText(state, { text: result.text, source: 'form' }, env);
}

/** Shows another actor of the document in the form, the preview and the lab. */
export function selectActor(
  state: StudioState,
  actor: number,
  env: StudioEnvironment,
): StudioState {
  return state.actor === actor ? state : withDerived(state, { actor }, env);
}

export function setProfile(
  state: StudioState,
  profile: ChartProfileId,
  env: StudioEnvironment,
): StudioState {
  return state.profile === profile ? state : withDerived(state, { profile }, env);
}

export function setOperatorSettingsText(
  state: StudioState,
  operatorSettingsText: string,
  env: StudioEnvironment,
): StudioState {
  return state.operatorSettingsText === operatorSettingsText
    ? state
    : withDerived(state, { operatorSettingsText }, env);
}

/** Replaces the whole workspace (switching workspaces, opening a share link): a fresh undo history. */
export function loadWorkspace(
  state: StudioState,
  workspace: StudioWorkspace,
  env: StudioEnvironment,
): StudioState {
  return withDerived(
    state,
    {
      history: createHistory(workspace.text),
      profile: workspace.profile,
      operatorSettingsText: workspace.operatorSettingsText,
    },
    env,
  );
}

export function undo(state: StudioState, env: StudioEnvironment): StudioState {
  const history = undoText(state.history);
  return history === state.history ? state : withDerived(state, { history }, env);
}

export function redo(state: StudioState, env: StudioEnvironment): StudioState {
  const history = redoText(state.history);
  return history === state.history ? state : withDerived(state, { history }, env);
}

/** Asks the editor and the form to show one value. */
export function reveal(state: StudioState, path: ValuesPath): StudioState {
  const nonce = state.nonce + 1;
  return { ...state, nonce, reveal: { path, nonce } };
}

/**
 * Shows the next (or previous) problem that has a place in the values text, wrapping around.
 * Problems of the operator settings are skipped: their places are in another text.
 */
export function revealNextProblem(state: StudioState, direction: 1 | -1): StudioState {
  const placed = state.derived.diagnostics.filter(
    (d) => d.range && d.stage !== 'operator-settings',
  );
  if (placed.length === 0) return state;
  // Before the first step, "previous" starts from the end of the list.
  const from = state.problemIndex < 0 && direction === -1 ? 0 : state.problemIndex;
  const problemIndex = (from + direction + placed.length) % placed.length;
  const problem = placed[problemIndex];
  return problem ? { ...reveal(state, problem.path), problemIndex } : state;
}
