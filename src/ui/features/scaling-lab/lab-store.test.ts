import { beforeEach, describe, expect, it } from 'vitest';
import { initialLabState, labStore, updateLab } from './lab-store.ts';

describe('the lab store', () => {
  // Each test starts from the lab as it opens, whatever ran before it.
  beforeEach(() => labStore.setState(() => initialLabState));

  it('patches the fields given and keeps the others', () => {
    updateLab({ playgroundFormula: '1', chartPlayground: true });
    expect(labStore.getState()).toEqual({
      ...initialLabState,
      playgroundFormula: '1',
      chartPlayground: true,
    });
  });

  it('notifies subscribers on a change and stops after unsubscribing', () => {
    let calls = 0;
    const stop = labStore.subscribe(() => (calls += 1));
    updateLab({ modelSource: 'burst-preset' });
    stop();
    updateLab({ modelSource: 'document' });
    expect(calls).toBe(1);
    expect(labStore.getState().modelSource).toBe('document');
  });

  it('holds no scenario: the workspace owns it', () => {
    expect(Object.keys(labStore.getState())).not.toContain('scenario');
  });
});
