import {
  activeWorkspace,
  createWorkspace,
  createWorkspaceStore,
  deleteWorkspace,
  duplicateWorkspace,
  renameWorkspace,
  restoreDeletedWorkspace,
  selectWorkspace,
  updateActiveWorkspace,
  type DecodedShareLink,
  type DeletedWorkspace,
  type Workspace,
  type WorkspaceStore,
} from '@/core/workspace/index.ts';
import type { DraftLoad, DraftStorage } from '@/io/draft-storage.ts';
import { createStore } from './create-store.ts';
import type { StudioStore } from './studio-store.ts';

/** What the workspace UI shows: the list, and what is waiting for the user's answer. */
export interface SessionState {
  workspaces: WorkspaceStore;
  /** When the restored draft was saved, for the "restored draft from …" notice. */
  restoredAt?: number;
  /** A share link that was opened, waiting to be confirmed before it replaces anything. */
  pendingLink?: Extract<DecodedShareLink, { ok: true }>;
  /** The last deleted workspace, for undo. */
  lastDeleted?: DeletedWorkspace;
  /** Whether drafts keep secrets (off unless the user opts in). */
  keepSecrets: boolean;
  /** The last failed save, shown once. */
  saveProblem?: string;
}

export interface SessionDeps {
  studio: StudioStore;
  drafts: DraftStorage;
  /** What `drafts.load()` found, read before the first render. */
  loaded: DraftLoad;
  now: () => number;
  /** The workspace a fresh browser starts with. */
  starter: Pick<Workspace, 'name' | 'valuesText' | 'profile' | 'operatorSettingsText'>;
}

/** Save at most this often while typing; a page hide saves at once. */
const saveDelayMs = 400;

/** Keeps named workspaces and their draft in browser storage in step with the studio. */
export function createWorkspaceSession({ studio, drafts, loaded, now, starter }: SessionDeps) {
  const initial = loaded.store ?? createWorkspaceStore(starter, now());
  const session = createStore<SessionState>({
    workspaces: initial,
    restoredAt: loaded.store ? loaded.savedAt : undefined,
    keepSecrets: false,
  });
  if (loaded.notice) studio.actions.notify(loaded.notice, 'error');

  const show = (workspace: Workspace) =>
    studio.actions.loadWorkspace({
      text: workspace.valuesText,
      profile: workspace.profile,
      operatorSettingsText: workspace.operatorSettingsText,
    });
  if (loaded.store) show(activeWorkspace(initial));

  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    const s = studio.store.getState();
    const workspaces = updateActiveWorkspace(
      session.getState().workspaces,
      {
        valuesText: s.history.present,
        profile: s.profile,
        operatorSettingsText: s.operatorSettingsText,
      },
      now(),
    );
    session.setState((st) => ({ ...st, workspaces }));
    void drafts
      .save(workspaces, { includeSecrets: session.getState().keepSecrets })
      .then((result) => {
        const known = session.getState().saveProblem;
        session.setState((st) => ({ ...st, saveProblem: result.ok ? undefined : result.message }));
        // Say it once, not on every keystroke.
        if (!result.ok && known !== result.message) studio.actions.notify(result.message, 'error');
      });
  };
  const scheduleSave = () => {
    clearTimeout(timer);
    timer = setTimeout(save, saveDelayMs);
  };

  let last = studio.store.getState();
  studio.store.subscribe(() => {
    const s = studio.store.getState();
    if (
      s.history.present !== last.history.present ||
      s.profile !== last.profile ||
      s.operatorSettingsText !== last.operatorSettingsText
    )
      scheduleSave();
    last = s;
  });

  const replaceWorkspaces = (workspaces: WorkspaceStore, extra: Partial<SessionState> = {}) => {
    if (timer) save();
    session.setState((st) => ({ ...st, ...extra, workspaces }));
    show(activeWorkspace(workspaces));
    save();
  };

  return {
    session,
    /** Writes the draft now (before the page goes away). */
    flush: () => {
      if (timer) save();
    },
    newWorkspace: (
      draft: Pick<Workspace, 'name' | 'valuesText' | 'profile' | 'operatorSettingsText'>,
    ) => replaceWorkspaces(createWorkspace(session.getState().workspaces, draft, now())),
    select: (id: string) => replaceWorkspaces(selectWorkspace(session.getState().workspaces, id)),
    duplicate: (id: string) =>
      replaceWorkspaces(duplicateWorkspace(session.getState().workspaces, id, now())),
    rename: (id: string, name: string) => {
      session.setState((st) => ({
        ...st,
        workspaces: renameWorkspace(st.workspaces, id, name, now()),
      }));
      save();
    },
    remove: (id: string) => {
      const result = deleteWorkspace(session.getState().workspaces, id);
      if (!result.ok) studio.actions.notify(result.message, 'error');
      else replaceWorkspaces(result.store, { lastDeleted: result.deleted });
    },
    undoRemove: () => {
      const deleted = session.getState().lastDeleted;
      if (deleted)
        replaceWorkspaces(restoreDeletedWorkspace(session.getState().workspaces, deleted), {
          lastDeleted: undefined,
        });
    },
    /** Forgets every draft and starts again from the example. */
    resetToExample: () => {
      drafts.clear();
      replaceWorkspaces(createWorkspaceStore(starter, now()), { restoredAt: undefined });
    },
    setKeepSecrets: (keepSecrets: boolean) => {
      session.setState((st) => ({ ...st, keepSecrets }));
      save();
    },
    offerLink: (link: Extract<DecodedShareLink, { ok: true }>) =>
      session.setState((st) => ({ ...st, pendingLink: link })),
    /** Opens the offered link as a new workspace, so nothing the user had is replaced. */
    acceptLink: () => {
      const link = session.getState().pendingLink;
      if (!link) return;
      const w = link.workspace;
      replaceWorkspaces(
        createWorkspace(
          session.getState().workspaces,
          {
            name: w.name ?? 'Shared workspace',
            valuesText: w.valuesText ?? '',
            profile: w.profile ?? starter.profile,
            operatorSettingsText: w.operatorSettingsText ?? starter.operatorSettingsText,
          },
          now(),
        ),
        { pendingLink: undefined },
      );
    },
    dismissLink: () => session.setState((st) => ({ ...st, pendingLink: undefined })),
    /** The scaling scenario saved with the active workspace (opaque data, validated by its owner). */
    savedScenario: (): unknown => activeWorkspace(session.getState().workspaces).scenario,
    saveScenario: (scenario: unknown) => {
      session.setState((st) => ({
        ...st,
        workspaces: updateActiveWorkspace(st.workspaces, { scenario }, now()),
      }));
      scheduleSave();
    },
    dismissRestored: () => session.setState((st) => ({ ...st, restoredAt: undefined })),
  };
}

export type WorkspaceSession = ReturnType<typeof createWorkspaceSession>;
