import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkspace, createWorkspaceStore } from '@/core/workspace/index.ts';
import {
  browserLocalStorage,
  createDraftStorage,
  draftStorageKey,
  unreadableDraftKey,
} from './draft-storage.ts';
import type { DraftStorageBackend } from './draft-storage.ts';

/** The message of a refused result, or `undefined` when it succeeded. */
function messageOf(result: { ok: true } | { ok: false; message: string }): string | undefined {
  return result.ok ? undefined : result.message;
}

/** An in-memory Storage; `fail` makes every call throw what a browser would. */
function fakeStorage(fail?: () => never): DraftStorageBackend & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => (fail ? fail() : (items.get(key) ?? null)),
    setItem: (key, value) => (fail ? fail() : void items.set(key, value)),
    removeItem: (key) => (fail ? fail() : void items.delete(key)),
  };
}

const throwing = (name: string) => (): never => {
  throw new DOMException('refused', name);
};

const store = createWorkspace(
  createWorkspaceStore(
    {
      name: 'echo-actor',
      valuesText: '# ünïcødé\nname: echo-actor # kept\n',
      profile: 'asya-test-actor',
      ui: { activeTab: 'form' },
    },
    1,
  ),
  {
    name: 'sqs',
    valuesText: 'name: sqs\nawsAccessKeyId: AKIA123 # test only\n',
    operatorSettingsText: 'transports:\n  sqs:\n    config:\n      password: hunter2\n',
  },
  2,
);

describe('draft storage', () => {
  it('saves and restores the store byte for byte, with the time it was saved', async () => {
    const storage = fakeStorage();
    const drafts = createDraftStorage(storage, () => 5000);
    expect(await drafts.save(store, { includeSecrets: true })).toEqual({ ok: true, stripped: [] });
    expect(await drafts.load()).toEqual({ store: { ...store, savedAt: 5000 }, savedAt: 5000 });
  });

  it('keeps secrets out of the draft unless the user opted in, and says which', async () => {
    const storage = fakeStorage();
    const drafts = createDraftStorage(storage, () => 1);
    const result = await drafts.save(store);
    expect(result).toEqual({
      ok: true,
      stripped: [
        {
          workspaceId: store.workspaces[1]!.id,
          secrets: [
            { source: 'values', path: ['awsAccessKeyId'] },
            { source: 'operatorSettings', path: ['transports', 'sqs', 'config', 'password'] },
          ],
        },
      ],
    });
    const saved = storage.items.get(draftStorageKey) ?? '';
    expect(saved).not.toContain('AKIA123');
    expect(saved).not.toContain('hunter2');
    const restored = (await drafts.load()).store?.workspaces[1];
    expect(restored?.valuesText).toBe('name: sqs\nawsAccessKeyId: "" # test only\n');
    expect(restored?.operatorSettingsText).toBe(
      'transports:\n  sqs:\n    config:\n      password: ""\n',
    );
    // Saving again reuses the stripped texts and gives the same answer.
    expect(await drafts.save(store)).toEqual(result);
  });

  it('writes before save returns once the stripper has loaded, so a save on pagehide lands', async () => {
    const storage = fakeStorage();
    const drafts = createDraftStorage(storage, () => 7);
    await drafts.save(store);
    const renamed = { ...store, activeId: store.workspaces[0]!.id };
    const pending = drafts.save(renamed);
    // Nothing has been awaited yet: the write already happened, secrets stripped.
    const saved = storage.items.get(draftStorageKey) ?? '';
    expect(JSON.parse(saved)).toMatchObject({ activeId: store.workspaces[0]!.id, savedAt: 7 });
    expect(saved).not.toContain('AKIA123');
    expect(saved).not.toContain('hunter2');
    expect((await pending).ok).toBe(true);
  });

  it('writes saves made before the stripper loaded in order, never a secret unless opted in', async () => {
    const storage = fakeStorage();
    const writes: string[] = [];
    const recording = {
      ...storage,
      setItem: (key: string, value: string) => {
        writes.push(value);
        storage.setItem(key, value);
      },
    };
    const drafts = createDraftStorage(recording);
    const first = drafts.save(store);
    // A save with secrets kept queues behind the one still waiting, so it is not overwritten by it.
    const second = drafts.save(store, { includeSecrets: true });
    expect(writes).toEqual([]);
    expect((await first).ok).toBe(true);
    expect(await second).toEqual({ ok: true, stripped: [] });
    expect(writes).toHaveLength(2);
    expect(writes[0]).not.toContain('AKIA123');
    expect(writes[1]).toContain('AKIA123');
    expect(storage.items.get(draftStorageKey)).toBe(writes[1]);
  });

  it('starts clean without a notice when nothing was saved', async () => {
    expect(await createDraftStorage(fakeStorage()).load()).toEqual({ store: undefined });
  });

  it('sets an unreadable draft aside and says so', async () => {
    const storage = fakeStorage();
    storage.items.set(draftStorageKey, '{"version":1,');
    const result = await createDraftStorage(storage).load();
    expect(result.store).toBeUndefined();
    expect(result.notice).toMatch(/damaged/);
    expect(storage.items.get(unreadableDraftKey)).toBe('{"version":1,');
  });

  it.each(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'])(
    'reports full storage (%s) as a message, not an exception',
    async (name) => {
      const drafts = createDraftStorage(fakeStorage(throwing(name)));
      expect(messageOf(await drafts.save(store, { includeSecrets: true }))).toMatch(
        /storage is full/,
      );
    },
  );

  it('reports storage forbidden by the browser', async () => {
    const drafts = createDraftStorage(fakeStorage(throwing('SecurityError')));
    expect(await drafts.load()).toMatchObject({ store: undefined });
    expect((await drafts.load()).notice).toMatch(/blocks storage/);
    expect(messageOf(await drafts.save(store, { includeSecrets: true }))).toMatch(/blocks storage/);
    expect(messageOf(drafts.clear())).toMatch(/blocks storage/);
  });

  it('reports missing storage', async () => {
    const drafts = createDraftStorage(undefined);
    expect((await drafts.load()).notice).toMatch(/no storage/);
    expect(messageOf(await drafts.save(store))).toMatch(/no storage/);
  });

  it('clears the draft', async () => {
    const storage = fakeStorage();
    const drafts = createDraftStorage(storage);
    await drafts.save(store, { includeSecrets: true });
    expect(storage.items.has(draftStorageKey)).toBe(true);
    expect(drafts.clear()).toEqual({ ok: true });
    expect(await drafts.load()).toEqual({ store: undefined });
  });
});

describe('browserLocalStorage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is undefined outside a browser', () => {
    expect(browserLocalStorage()).toBeUndefined();
  });

  it('is undefined where reading localStorage throws', () => {
    vi.stubGlobal('window', {
      get localStorage(): never {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    expect(browserLocalStorage()).toBeUndefined();
  });

  it('returns the storage where there is one', () => {
    const storage = fakeStorage();
    vi.stubGlobal('window', { localStorage: storage });
    expect(browserLocalStorage()).toBe(storage);
  });
});
