import { describe, expect, it } from 'vitest';
import { parseValuesText, setValueAtPath } from '@/core/document/index.ts';
import { analyzeStudio } from './analyze-studio.ts';
import { deriveStudio } from './derive-studio.ts';
import {
  createStudioState,
  dismissNotice,
  loadWorkspace,
  notify,
  redo,
  rederive,
  revealNextProblem,
  setOperatorSettingsText,
  setProfile,
  setText,
  setValue,
  undo,
  type StudioEnvironment,
} from './studio-transitions.ts';

const text = `# the actor
name: echo-actor
scaling:
  minReplicas: 1 # keep one warm
  maxReplicas: 0
`;
const workspace = { text, profile: 'asya-test-actor' as const, operatorSettingsText: '' };

/** The environment at one moment; `analyzed` adds the analysis stages, as after the first paint. */
const at = (now: number, analyzed = false): StudioEnvironment => ({
  now,
  derive: (inputs, previous) =>
    deriveStudio(inputs, previous, {
      read: parseValuesText,
      analyze: analyzed ? analyzeStudio : undefined,
    }),
});
const editing = (now: number) => ({ ...at(now), edit: setValueAtPath });

describe('studio transitions', () => {
  it('derive the view from the workspace they start with', () => {
    const state = createStudioState(workspace, at(0));
    expect(state.history.present).toBe(text);
    expect(state.derived.values).toMatchObject({ name: 'echo-actor' });
    expect(state.derived.analysis).toBeUndefined();
  });

  it('edit one value through the document, keeping comments, and the view follows', () => {
    const state = setValue(
      createStudioState(workspace, at(0)),
      { path: ['scaling', 'minReplicas'], value: 3 },
      editing(1),
    );
    expect(state.history.present).toBe(text.replace('minReplicas: 1', 'minReplicas: 3'));
    expect(state.derived.values).toMatchObject({ scaling: { minReplicas: 3 } });
    expect(state.notice).toBeUndefined();
  });

  it('refuse form edits while the text does not parse, and leave the text alone', () => {
    const broken = setText(
      createStudioState(workspace, at(0)),
      { text: 'name: [oops', source: 'editor' },
      at(1),
    );
    expect(broken.derived.formLocked).toBe(true);
    expect(setValue(broken, { path: ['name'], value: 'x' }, editing(2))).toBe(broken);
  });

  it('turn an edit the document refuses into an error notice', () => {
    const state = setValue(
      createStudioState(workspace, at(0)),
      { path: [], value: undefined },
      editing(1),
    );
    expect(state.history.present).toBe(text);
    expect(state.notice?.tone).toBe('error');
    expect(state.notice?.text).toContain('deleted');
  });

  it('share one undo history across sources; editor typing within a burst is one step', () => {
    let state = createStudioState(workspace, at(0));
    state = setText(state, { text: `${text}#a`, source: 'editor' }, at(100));
    state = setText(state, { text: `${text}#ab`, source: 'editor' }, at(200));
    state = setValue(state, { path: ['name'], value: 'other' }, editing(300));
    expect(state.derived.values).toMatchObject({ name: 'other' });
    state = undo(state, at(400));
    expect(state.history.present).toBe(`${text}#ab`);
    state = undo(state, at(500));
    expect(state.history.present).toBe(text);
    expect(undo(state, at(600))).toBe(state);
    state = redo(state, at(700));
    expect(state.history.present).toBe(`${text}#ab`);
    expect(state.derived.inputs.text).toBe(`${text}#ab`);
  });

  it('return the same state when nothing changes, so views do not update', () => {
    const state = createStudioState(workspace, at(0));
    expect(setText(state, { text, source: 'editor' }, at(1))).toBe(state);
    expect(setProfile(state, 'asya-test-actor', at(1))).toBe(state);
    expect(setOperatorSettingsText(state, '', at(1))).toBe(state);
    expect(dismissNotice(state)).toBe(state);
  });

  it('change the profile and the settings text as inputs of the view', () => {
    const state = setProfile(createStudioState(workspace, at(0)), 'asya-actor', at(1));
    expect(state.derived.inputs.profile).toBe('asya-actor');
    const settings = setOperatorSettingsText(state, 'transports: {}\n', at(2));
    expect(settings.derived.inputs.operatorSettingsText).toBe('transports: {}\n');
  });

  it('load a workspace with a fresh undo history', () => {
    let state = setText(
      createStudioState(workspace, at(0)),
      { text: 'a: 1\n', source: 'file' },
      at(1),
    );
    state = loadWorkspace(
      state,
      { text: 'name: loaded\n', profile: 'asya-actor', operatorSettingsText: '' },
      at(2),
    );
    expect(state.history).toEqual({ past: [], present: 'name: loaded\n', future: [] });
    expect(state.profile).toBe('asya-actor');
    expect(state.derived.values).toEqual({ name: 'loaded' });
  });

  it('give every notice and reveal a new nonce, and dismiss a notice', () => {
    const first = notify(createStudioState(workspace, at(0)), { text: 'hi', tone: 'info' });
    const second = notify(first, { text: 'hi', tone: 'info' });
    expect(second.notice?.nonce).toBeGreaterThan(first.notice?.nonce ?? Infinity);
    expect(dismissNotice(second).notice).toBeUndefined();
  });

  it('walk the placed problems in both directions, wrapping around', () => {
    const state = rederive(createStudioState(workspace, at(0)), at(1, true));
    const placed = state.derived.diagnostics.filter(
      (d) => d.range && d.stage !== 'operator-settings',
    );
    expect(placed.length).toBeGreaterThan(1);
    const paths = (s: typeof state) => s.reveal?.path.join('.');
    const next = revealNextProblem(state, 1);
    expect(paths(next)).toBe(placed[0]?.path.join('.'));
    // Backwards from the start goes to the last problem.
    expect(paths(revealNextProblem(state, -1))).toBe(placed.at(-1)?.path.join('.'));
    // Forwards past the last wraps to the first.
    let walked = next;
    for (let i = 0; i < placed.length; i++) walked = revealNextProblem(walked, 1);
    expect(paths(walked)).toBe(placed[0]?.path.join('.'));
    expect(walked.reveal?.nonce).toBeGreaterThan(next.reveal?.nonce ?? Infinity);
  });

  it('leave the state alone when there is no placed problem to reveal', () => {
    const clean = createStudioState({ ...workspace, text: 'name: a\n' }, at(0));
    expect(revealNextProblem(clean, 1)).toBe(clean);
  });

  it('take in the analysis stages when they arrive, with the same inputs', () => {
    const state = createStudioState(workspace, at(0));
    const analyzed = rederive(state, at(1, true));
    expect(analyzed.history).toBe(state.history);
    expect(analyzed.derived.analysis).toBeDefined();
    expect(
      analyzed.derived.diagnostics.some((d) => d.path.join('.') === 'scaling.maxReplicas'),
    ).toBe(true);
  });
});
