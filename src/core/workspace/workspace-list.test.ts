import { describe, expect, it } from 'vitest';
import {
  activeWorkspace,
  createWorkspace,
  createWorkspaceStore,
  deleteWorkspace,
  duplicateWorkspace,
  renameWorkspace,
  restoreDeletedWorkspace,
  selectWorkspace,
  uniqueWorkspaceName,
  updateActiveWorkspace,
} from './workspace-list.ts';
import { workspaceStoreSchema } from './workspace-schema.ts';
import type { WorkspaceStore } from './workspace-schema.ts';

const echo = {
  name: 'echo-actor',
  valuesText: 'name: echo-actor # the actor\n',
  profile: 'asya-test-actor' as const,
  operatorSettingsText: '',
};

function threeWorkspaces(): WorkspaceStore {
  let store = createWorkspaceStore(echo, 1);
  store = createWorkspace(store, { name: 'nlp-actor', valuesText: 'name: nlp\n' }, 2);
  store = createWorkspace(
    store,
    { name: 'gpu-actor', valuesText: 'name: gpu\n', profile: 'asya-actor' },
    3,
  );
  return store;
}

describe('uniqueWorkspaceName', () => {
  it('numbers a taken name and counts on from a numbered one', () => {
    expect(uniqueWorkspaceName('echo-actor', [])).toBe('echo-actor');
    expect(uniqueWorkspaceName('echo-actor', ['echo-actor'])).toBe('echo-actor (2)');
    expect(uniqueWorkspaceName('echo-actor', ['echo-actor', 'echo-actor (2)'])).toBe(
      'echo-actor (3)',
    );
    expect(uniqueWorkspaceName('echo-actor (2)', ['echo-actor', 'echo-actor (2)'])).toBe(
      'echo-actor (3)',
    );
    expect(uniqueWorkspaceName('  ', [])).toBe('Untitled workspace');
  });
});

describe('workspace list transitions', () => {
  it('creates workspaces with unique ids and names, fills defaults and activates the new one', () => {
    let store = createWorkspaceStore(echo, 1);
    store = createWorkspace(store, { name: 'echo-actor' }, 5);
    expect(store.workspaces.map((w) => w.name)).toEqual(['echo-actor', 'echo-actor (2)']);
    expect(new Set(store.workspaces.map((w) => w.id)).size).toBe(2);
    expect(activeWorkspace(store)).toMatchObject({
      name: 'echo-actor (2)',
      valuesText: '',
      profile: 'asya-test-actor',
      updatedAt: 5,
    });
    expect(workspaceStoreSchema.safeParse(store).success).toBe(true);
  });

  it('renames with a unique name and ignores unknown ids', () => {
    const store = threeWorkspaces();
    const [first, second] = store.workspaces;
    const renamed = renameWorkspace(store, second!.id, 'echo-actor', 9);
    expect(renamed.workspaces[1]).toMatchObject({ name: 'echo-actor (2)', updatedAt: 9 });
    expect(renameWorkspace(store, first!.id, 'echo-actor', 9)).toBe(store);
    expect(renameWorkspace(store, 'nope', 'x', 9)).toBe(store);
  });

  it('duplicates next to the original and activates the copy', () => {
    const store = threeWorkspaces();
    const first = store.workspaces[0]!;
    const next = duplicateWorkspace(store, first.id, 7);
    expect(next.workspaces.map((w) => w.name)).toEqual([
      'echo-actor',
      'echo-actor (2)',
      'nlp-actor',
      'gpu-actor',
    ]);
    expect(activeWorkspace(next)).toMatchObject({
      name: 'echo-actor (2)',
      valuesText: first.valuesText,
      updatedAt: 7,
    });
    expect(activeWorkspace(next).id).not.toBe(first.id);
  });

  it('selects known workspaces only', () => {
    const store = threeWorkspaces();
    const first = store.workspaces[0]!;
    expect(selectWorkspace(store, first.id).activeId).toBe(first.id);
    expect(selectWorkspace(store, 'nope')).toBe(store);
  });

  it('updates the active workspace and keeps the store when nothing changed', () => {
    const store = threeWorkspaces();
    const next = updateActiveWorkspace(
      store,
      { valuesText: 'name: changed\n', ui: { panels: { preview: true } } },
      10,
    );
    expect(activeWorkspace(next)).toMatchObject({
      name: 'gpu-actor',
      valuesText: 'name: changed\n',
      updatedAt: 10,
    });
    expect(next.workspaces[0]).toBe(store.workspaces[0]);
    expect(
      updateActiveWorkspace(
        next,
        { valuesText: 'name: changed\n', ui: { panels: { preview: true } } },
        11,
      ),
    ).toBe(next);
  });

  it('deletes the active workspace, activates a neighbour, and undo puts it back in place', () => {
    const store = threeWorkspaces();
    const middle = store.workspaces[1]!;
    const selected = selectWorkspace(store, middle.id);
    const result = deleteWorkspace(selected, middle.id);
    if (!result.ok) throw new Error(result.message);
    expect(result.store.workspaces.map((w) => w.name)).toEqual(['echo-actor', 'gpu-actor']);
    expect(activeWorkspace(result.store).name).toBe('gpu-actor');
    const restored = restoreDeletedWorkspace(result.store, result.deleted);
    expect(restored).toEqual(selected);
  });

  it('deleting an inactive workspace keeps the selection', () => {
    const store = threeWorkspaces();
    const result = deleteWorkspace(store, store.workspaces[0]!.id);
    if (!result.ok) throw new Error(result.message);
    expect(result.store.activeId).toBe(store.activeId);
    expect(restoreDeletedWorkspace(result.store, result.deleted)).toEqual(store);
  });

  it('undo after the id and name were reused gives the restored workspace fresh ones', () => {
    const store = threeWorkspaces();
    const last = store.workspaces[2]!;
    const result = deleteWorkspace(store, last.id);
    if (!result.ok) throw new Error(result.message);
    const reused = createWorkspace(result.store, { name: last.name }, 20);
    expect(activeWorkspace(reused).id).toBe(last.id);
    const restored = restoreDeletedWorkspace(reused, result.deleted);
    expect(restored.workspaces).toHaveLength(4);
    expect(new Set(restored.workspaces.map((w) => w.id)).size).toBe(4);
    expect(new Set(restored.workspaces.map((w) => w.name)).size).toBe(4);
    expect(activeWorkspace(restored).valuesText).toBe(last.valuesText);
  });

  it('refuses to delete the last workspace or an unknown one', () => {
    const store = createWorkspaceStore(echo, 1);
    expect(deleteWorkspace(store, store.activeId)).toMatchObject({ ok: false });
    expect(deleteWorkspace(store, 'nope')).toMatchObject({ ok: false });
  });
});
