import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseValuesText, setValueAtPath } from '@/core/document/index.ts';
import { analyzeStudio } from '@/core/studio/analyze-studio.ts';
import { readAfterPaintFrom } from '@/core/studio/derive-studio.ts';
import { createStudioStore } from './studio-store.ts';

const workspace = {
  text: '# the actor\nname: echo-actor\n',
  profile: 'asya-test-actor' as const,
  operatorSettingsText: '',
};

/** A chunk that the test lets arrive, or fail, when it wants. */
function pendingChunk<T>() {
  let settle!: { arrive: (value: T) => void; fail: () => void };
  const promise = new Promise<T>((resolve, reject) => {
    settle = { arrive: resolve, fail: () => reject(new Error('Failed to fetch')) };
  });
  return { promise, ...settle };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the studio store', () => {
  it('shows the text before the reader arrives, and the values once it has', async () => {
    const reader = pendingChunk<typeof parseValuesText>();
    const studio = createStudioStore(workspace, {
      loadReader: () => reader.promise,
      loadValueEditor: () => Promise.resolve(setValueAtPath),
    });
    const before = studio.store.getState();
    expect(before.history.present).toBe(workspace.text);
    expect(before.derived.parsed).toBeUndefined();
    expect(before.derived.formLocked).toBe(true);

    reader.arrive(parseValuesText);
    await settled();
    expect(studio.store.getState().derived.values).toEqual({ name: 'echo-actor' });
    expect(studio.store.getState().derived.formLocked).toBe(false);
  });

  it('lists a stage whose chunk failed, keeps the text, and loads it again on retry', async () => {
    const attempts = [
      pendingChunk<typeof parseValuesText>(),
      pendingChunk<typeof parseValuesText>(),
    ];
    let calls = 0;
    const studio = createStudioStore(workspace, {
      loadReader: () => attempts[calls++]!.promise,
      loadValueEditor: () => Promise.resolve(setValueAtPath),
    });
    attempts[0]!.fail();
    await settled();
    expect(studio.failedStages.getState()).toEqual(['reader']);
    studio.actions.setText('name: typed-meanwhile\n', 'editor');
    expect(studio.store.getState().history.present).toBe('name: typed-meanwhile\n');

    studio.actions.retryStages();
    expect(studio.failedStages.getState()).toEqual([]);
    attempts[1]!.arrive(parseValuesText);
    await settled();
    expect(calls).toBe(2);
    expect(studio.store.getState().derived.values).toEqual({ name: 'typed-meanwhile' });
  });

  it('applies form edits made before the edit code arrived, in order, once it does', async () => {
    const editor = pendingChunk<typeof setValueAtPath>();
    const studio = createStudioStore(workspace, {
      loadReader: () => Promise.resolve(parseValuesText),
      loadValueEditor: () => editor.promise,
    });
    await settled();
    studio.actions.setValue(['name'], 'first');
    studio.actions.setValue(['name'], 'second');
    studio.actions.setValue(['namespace'], 'team');
    expect(studio.store.getState().history.present).toBe(workspace.text);

    editor.arrive(setValueAtPath);
    await settled();
    expect(studio.store.getState().history.present).toBe(
      '# the actor\nname: second\nnamespace: team\n',
    );
  });

  it('loads the other stages once the reader has settled, so they do not delay the form', async () => {
    const reader = pendingChunk<typeof parseValuesText>();
    const started: string[] = [];
    const studio = createStudioStore(workspace, {
      loadReader: () => reader.promise,
      loadValueEditor: () => {
        started.push('value editor');
        return Promise.resolve(setValueAtPath);
      },
    });
    await settled();
    expect(started).toEqual([]);
    reader.fail();
    await studio.readerSettled;
    await settled();
    expect(started).toEqual(['value editor']);
  });

  afterEach(() => vi.unstubAllGlobals());

  it('lists a just-opened large actors: list from its lines, then reads it, then analyses it, a paint apart', async () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (frame: () => void) => frames.push(frame));
    const paint = async () => {
      for (const frame of frames.splice(0)) frame();
      await settled();
    };
    const studio = createStudioStore(workspace, {
      loadReader: () => Promise.resolve(parseValuesText),
      loadValueEditor: () => Promise.resolve(setValueAtPath),
      loadAnalyzer: () => Promise.resolve(analyzeStudio),
    });
    await studio.readerSettled;
    await settled();
    const opened = `# ${'-'.repeat(readAfterPaintFrom)}\ntransport: sqs\nactors:\n- name: first\n- name: second\n`;
    studio.actions.setText(opened, 'file');
    const outlined = studio.store.getState().derived;
    expect(outlined.parsed).toBeUndefined();
    expect(outlined.outline?.actors.map((a) => [a.label, a.transport])).toEqual([
      ['first', 'sqs'],
      ['second', 'sqs'],
    ]);

    await paint();
    const read = studio.store.getState().derived;
    expect(read.outline).toBeUndefined();
    expect(read.split.actors.map((a) => a.label)).toEqual(['first', 'second']);
    expect(read.analysis).toBeUndefined();

    await paint();
    expect(studio.store.getState().derived.analysis?.release.actors).toHaveLength(2);
    expect(frames).toEqual([]);
  });

  it('reads a typed text at once, even an actors: list', async () => {
    const studio = createStudioStore(workspace, {
      loadReader: () => Promise.resolve(parseValuesText),
      loadValueEditor: () => Promise.resolve(setValueAtPath),
    });
    await studio.readerSettled;
    studio.actions.setText('actors:\n- name: typed\n', 'editor');
    expect(studio.store.getState().derived.parsed?.ok).toBe(true);
    expect(studio.store.getState().derived.outline).toBeUndefined();
  });
});
