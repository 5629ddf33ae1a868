import { describe, expect, it } from 'vitest';
import { loadWorkspaceStore } from './load-workspace-store.ts';
import { createWorkspace, createWorkspaceStore } from './workspace-list.ts';

const store = createWorkspace(
  createWorkspaceStore(
    {
      name: 'echo-actor',
      valuesText: 'name: echo # ü\n',
      profile: 'asya-test-actor',
      scenario: { load: [1, 2] },
      ui: { activeTab: 'preview' },
    },
    1,
  ),
  {
    name: 'nlp-actor',
    valuesText: 'name: nlp\n',
    profile: 'asya-actor',
    operatorSettingsText: 'gatewayURL: ""\n',
  },
  2,
);

describe('loadWorkspaceStore', () => {
  it('round-trips a saved store', () => {
    const saved = { ...store, savedAt: 1234 };
    expect(loadWorkspaceStore(JSON.stringify(saved))).toEqual({ store: saved });
  });

  it('starts clean, without a notice, when nothing was saved', () => {
    expect(loadWorkspaceStore(null)).toEqual({ store: undefined });
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['not an object', '[1,2]'],
    ['no version', '{"workspaces":[]}'],
    ['no readable workspace', '{"version":1,"workspaces":[{"name":"x"}],"activeId":"a"}'],
  ])('gives a notice, not a throw, for %s', (_case, json) => {
    const result = loadWorkspaceStore(json);
    expect(result.store).toBeUndefined();
    expect(result.notice).toMatch(/starting from the example/);
  });

  it('refuses a draft from a newer format and says so', () => {
    const result = loadWorkspaceStore(JSON.stringify({ ...store, version: 2 }));
    expect(result.store).toBeUndefined();
    expect(result.notice).toMatch(/newer version/);
  });

  it('salvages damaged entries that still hold values text, drops the rest, and repairs the selection', () => {
    const json = JSON.stringify({
      version: 1,
      activeId: 'gone',
      workspaces: [
        {
          id: 'a',
          name: 'kept',
          valuesText: 'name: a\n',
          profile: 'asya-test-actor',
          operatorSettingsText: '',
          updatedAt: 5,
        },
        { id: 'a', name: 'kept', valuesText: 'name: b\n', profile: 'helm-3', ui: 'garbage' },
        { name: 'no text' },
        42,
      ],
    });
    const result = loadWorkspaceStore(json);
    expect(result.store?.workspaces).toEqual([
      {
        id: 'a',
        name: 'kept',
        valuesText: 'name: a\n',
        profile: 'asya-test-actor',
        operatorSettingsText: '',
        updatedAt: 5,
      },
      {
        id: 'ws-2',
        name: 'kept (2)',
        valuesText: 'name: b\n',
        profile: 'asya-test-actor',
        operatorSettingsText: '',
        updatedAt: 0,
      },
    ]);
    expect(result.store?.activeId).toBe('a');
    expect(result.notice).toBe(
      'The saved draft was restored, but 2 workspaces could not be read and were left out, and 1 workspace was partly damaged and repaired with defaults.',
    );
  });
});
