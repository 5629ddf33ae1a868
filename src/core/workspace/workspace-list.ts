import { chartProfileIds } from '@/core/chart/chart-profile.ts';
import type { Workspace, WorkspaceStore } from './workspace-schema.ts';
import { workspaceStoreVersion } from './workspace-store-version.ts';

/** What a new workspace is made of; id and time are supplied by the transition. */
export type WorkspaceDraft = Omit<Workspace, 'id' | 'updatedAt'>;

/** The fields an edit of the active workspace may change (the name has its own transition). */
export type WorkspacePatch = Partial<
  Pick<Workspace, 'valuesText' | 'profile' | 'operatorSettingsText' | 'scenario' | 'ui'>
>;

/** Everything `restoreDeletedWorkspace` needs to put a deleted workspace back where it was. */
export interface DeletedWorkspace {
  workspace: Workspace;
  index: number;
  wasActive: boolean;
}

export type DeleteWorkspaceResult =
  { ok: true; store: WorkspaceStore; deleted: DeletedWorkspace } | { ok: false; message: string };

export const untitledWorkspaceName = 'Untitled workspace';

const numberedName = /^(.*) \((\d+)\)$/;

/** `name`, or `name (2)`, `name (3)`… whichever is not taken; a numbered name counts on from its base. */
export function uniqueWorkspaceName(name: string, taken: Iterable<string>): string {
  const wanted = name.trim() === '' ? untitledWorkspaceName : name.trim();
  const names = new Set(taken);
  if (!names.has(wanted)) return wanted;
  const base = numberedName.exec(wanted)?.[1] ?? wanted;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!names.has(candidate)) return candidate;
  }
}

/** A short id not in `taken` (`ws-1`, `ws-2`…); ids only need to be unique within one store. */
export function uniqueWorkspaceId(taken: Iterable<string>): string {
  const ids = new Set(taken);
  for (let n = ids.size + 1; ; n++) {
    const candidate = `ws-${n}`;
    if (!ids.has(candidate)) return candidate;
  }
}

/** The workspace on screen. The store invariant (never empty, activeId valid) makes this total. */
export function activeWorkspace(store: WorkspaceStore): Workspace {
  const found =
    store.workspaces.find((workspace) => workspace.id === store.activeId) ?? store.workspaces[0];
  if (found === undefined) throw new Error('A workspace store is never empty');
  return found;
}

function completeDraft(draft: Partial<WorkspaceDraft>): WorkspaceDraft {
  return {
    name: draft.name ?? untitledWorkspaceName,
    valuesText: draft.valuesText ?? '',
    profile: draft.profile ?? chartProfileIds[0] ?? 'asya-test-actor',
    operatorSettingsText: draft.operatorSettingsText ?? '',
    ...(draft.scenario === undefined ? {} : { scenario: draft.scenario }),
    ...(draft.ui === undefined ? {} : { ui: draft.ui }),
  };
}

/** A store holding one workspace, e.g. the example on first start or "back to a clean example". */
export function createWorkspaceStore(draft: Partial<WorkspaceDraft>, now: number): WorkspaceStore {
  const workspace: Workspace = {
    ...completeDraft(draft),
    id: uniqueWorkspaceId([]),
    updatedAt: now,
  };
  return { version: workspaceStoreVersion, workspaces: [workspace], activeId: workspace.id };
}

/** Adds a workspace (missing fields get empty defaults, the name is made unique) and makes it active. */
export function createWorkspace(
  store: WorkspaceStore,
  draft: Partial<WorkspaceDraft>,
  now: number,
): WorkspaceStore {
  const complete = completeDraft(draft);
  const workspace: Workspace = {
    ...complete,
    id: uniqueWorkspaceId(store.workspaces.map((w) => w.id)),
    name: uniqueWorkspaceName(
      complete.name,
      store.workspaces.map((w) => w.name),
    ),
    updatedAt: now,
  };
  return { ...store, workspaces: [...store.workspaces, workspace], activeId: workspace.id };
}

/** Renames; the name is trimmed and made unique among the other workspaces. Unknown id: unchanged. */
export function renameWorkspace(
  store: WorkspaceStore,
  id: string,
  name: string,
  now: number,
): WorkspaceStore {
  const target = store.workspaces.find((w) => w.id === id);
  if (target === undefined) return store;
  const others = store.workspaces.filter((w) => w.id !== id).map((w) => w.name);
  const unique = uniqueWorkspaceName(name, others);
  if (unique === target.name) return store;
  return {
    ...store,
    workspaces: store.workspaces.map((w) =>
      w.id === id ? { ...w, name: unique, updatedAt: now } : w,
    ),
  };
}

/** Copies a workspace right after the original, as `name (2)`, and makes the copy active. */
export function duplicateWorkspace(store: WorkspaceStore, id: string, now: number): WorkspaceStore {
  const index = store.workspaces.findIndex((w) => w.id === id);
  const original = store.workspaces[index];
  if (original === undefined) return store;
  // A shallow copy is enough: transitions never mutate a workspace in place.
  const copy: Workspace = {
    ...original,
    id: uniqueWorkspaceId(store.workspaces.map((w) => w.id)),
    name: uniqueWorkspaceName(
      original.name,
      store.workspaces.map((w) => w.name),
    ),
    updatedAt: now,
  };
  const workspaces = [
    ...store.workspaces.slice(0, index + 1),
    copy,
    ...store.workspaces.slice(index + 1),
  ];
  return { ...store, workspaces, activeId: copy.id };
}

/**
 * Deletes a workspace and returns what undo needs. The last workspace cannot be deleted: the
 * studio always shows one. Deleting the active one activates its neighbour.
 */
export function deleteWorkspace(store: WorkspaceStore, id: string): DeleteWorkspaceResult {
  const index = store.workspaces.findIndex((w) => w.id === id);
  const workspace = store.workspaces[index];
  if (workspace === undefined) return { ok: false, message: 'That workspace no longer exists.' };
  if (store.workspaces.length === 1) {
    return {
      ok: false,
      message: 'The last workspace cannot be deleted; reset it to the example instead.',
    };
  }
  const workspaces = store.workspaces.filter((w) => w.id !== id);
  const wasActive = store.activeId === id;
  const neighbour = workspaces[Math.min(index, workspaces.length - 1)];
  const activeId = wasActive && neighbour !== undefined ? neighbour.id : store.activeId;
  return {
    ok: true,
    store: { ...store, workspaces, activeId },
    deleted: { workspace, index, wasActive },
  };
}

/**
 * Undoes a delete: the workspace returns at its old position (and becomes active again if it was).
 * Workspaces created since may have taken its id or name; then it gets fresh ones.
 */
export function restoreDeletedWorkspace(
  store: WorkspaceStore,
  deleted: DeletedWorkspace,
): WorkspaceStore {
  const ids = store.workspaces.map((w) => w.id);
  const workspace: Workspace = {
    ...deleted.workspace,
    id: ids.includes(deleted.workspace.id) ? uniqueWorkspaceId(ids) : deleted.workspace.id,
    name: uniqueWorkspaceName(
      deleted.workspace.name,
      store.workspaces.map((w) => w.name),
    ),
  };
  const index = Math.min(deleted.index, store.workspaces.length);
  const workspaces = [
    ...store.workspaces.slice(0, index),
    workspace,
    ...store.workspaces.slice(index),
  ];
  return { ...store, workspaces, activeId: deleted.wasActive ? workspace.id : store.activeId };
}

/** Makes a workspace active. Unknown id: unchanged. */
export function selectWorkspace(store: WorkspaceStore, id: string): WorkspaceStore {
  if (store.activeId === id || !store.workspaces.some((w) => w.id === id)) return store;
  return { ...store, activeId: id };
}

function samePatchValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // scenario and ui are small JSON data; comparing their JSON is enough to skip no-op writes.
  return typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Changes fields of the active workspace. Returns the same store object when nothing changed, so
 * callers can skip re-rendering and saving by identity.
 */
export function updateActiveWorkspace(
  store: WorkspaceStore,
  patch: WorkspacePatch,
  now: number,
): WorkspaceStore {
  const active = activeWorkspace(store);
  const changed = (Object.keys(patch) as (keyof WorkspacePatch)[]).filter(
    (key) => !samePatchValue(active[key], patch[key]),
  );
  if (changed.length === 0) return store;
  const next: Workspace = { ...active, ...patch, updatedAt: now };
  return { ...store, workspaces: store.workspaces.map((w) => (w.id === active.id ? next : w)) };
}
