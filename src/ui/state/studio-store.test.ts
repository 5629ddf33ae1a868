import { describe, expect, it } from 'vitest';
import { parseValuesText, setValueAtPath } from '@/core/document/index.ts';
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
});
