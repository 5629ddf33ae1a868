import type { StrippedSecret, stripSecrets } from '@/core/workspace/strip-secrets.ts';
import type { Workspace, WorkspaceStore } from '@/core/workspace/workspace-schema.ts';

/** Where the workspaces live in browser storage. */
export const draftStorageKey = 'actor-studio.workspaces';
/** Where an unreadable draft is set aside before the next save replaces it, so nothing is destroyed unseen. */
export const unreadableDraftKey = 'actor-studio.workspaces.unreadable';

/** `localStorage`, or a fake of it. */
export type DraftStorageBackend = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface DraftLoad {
  /** Undefined when nothing usable was saved: start from the example. */
  store: WorkspaceStore | undefined;
  /** When the restored draft was written (ms since the epoch), for "restored draft from <time>". */
  savedAt?: number;
  /** What could not be restored, or why storage is unavailable. */
  notice?: string;
}

/** Secrets kept out of one workspace's draft. */
export interface DraftStrippedSecrets {
  workspaceId: string;
  secrets: StrippedSecret[];
}

export type DraftSaveResult =
  { ok: true; stripped: DraftStrippedSecrets[] } | { ok: false; message: string };

export interface DraftStorage {
  /**
   * Reads the saved draft. Asynchronous because the reader (migrations and the schema that
   * checks a draft) is loaded only when there is a draft to read: a first visit never needs it.
   */
  load(): Promise<DraftLoad>;
  /**
   * Writes the store, with secrets replaced by `""` unless the user opted in with `includeSecrets`.
   * The secret stripper loads after the first paint (its import starts when the storage is
   * created); a save that needs it before then waits for it, and saves run in the order they were
   * asked for. Once it has loaded, the write happens before `save` returns, so a save on
   * `pagehide` still lands. Debouncing is the caller's job.
   */
  save(store: WorkspaceStore, options?: { includeSecrets?: boolean }): Promise<DraftSaveResult>;
  /** Forgets the draft ("back to a clean example"). */
  clear(): { ok: true } | { ok: false; message: string };
}

const keepWork = 'Download a bundle to keep your work.';
const noStorage = `This browser gives the page no storage (it is disabled or blocked by privacy settings), so drafts are not saved. ${keepWork}`;

function errorName(error: unknown): string {
  return typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    typeof error.name === 'string'
    ? error.name
    : '';
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

/** Turns what the Storage API throws into a sentence; the names differ between browsers. */
function storageMessage(error: unknown, action: string): string {
  const name = errorName(error);
  const code = errorCode(error);
  if (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  ) {
    return `Browser storage is full, so the draft was not ${action}. Delete workspaces you no longer need, or download a bundle to keep your work.`;
  }
  if (name === 'SecurityError') {
    return `The browser blocks storage for this page (private browsing or site settings), so the draft was not ${action}. ${keepWork}`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `The draft was not ${action}: the browser refused (${detail}). ${keepWork}`;
}

type StripSecrets = typeof stripSecrets;
type StripCache = Map<string, { texts: string; workspace: Workspace; secrets: StrippedSecret[] }>;

/** Strips one workspace, reusing the last result while its texts are unchanged (saves run on every edit). */
function stripCached(
  workspace: Workspace,
  cache: StripCache,
  stripSecrets: StripSecrets,
): { workspace: Workspace; secrets: StrippedSecret[] } {
  const texts = `${workspace.valuesText}\u0000${workspace.operatorSettingsText}`;
  const hit = cache.get(workspace.id);
  if (hit !== undefined && hit.texts === texts) {
    return {
      workspace: {
        ...workspace,
        valuesText: hit.workspace.valuesText,
        operatorSettingsText: hit.workspace.operatorSettingsText,
      },
      secrets: hit.secrets,
    };
  }
  const { workspace: stripped, strippedPaths } = stripSecrets(workspace);
  cache.set(workspace.id, { texts, workspace: stripped, secrets: strippedPaths });
  return { workspace: stripped, secrets: strippedPaths };
}

/**
 * `window.localStorage`, or undefined where there is none. Merely reading the property throws a
 * SecurityError when the browser blocks storage for the page (Safari private mode, blocked cookies).
 */
export function browserLocalStorage(): DraftStorageBackend | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Drafts in browser storage. Every access is guarded: a full, disabled or forbidden storage gives a
 * message, never an exception. `storage` is undefined where the browser has none (or reading
 * `window.localStorage` threw). `now` is injectable for tests.
 */
export function createDraftStorage(
  storage: DraftStorageBackend | undefined,
  now: () => number = Date.now,
): DraftStorage {
  const cache: StripCache = new Map();
  // The stripper (and the document editing it uses) is not needed to paint, so it stays out of the
  // first load; its import starts now, so it is normally in place before the first save.
  let stripper: StripSecrets | undefined;
  let loading: Promise<StripSecrets> | undefined;
  const loadStripper = () =>
    (loading ??= import('@/core/workspace/strip-secrets.ts').then(
      (module) => (stripper = module.stripSecrets),
      (error: unknown) => {
        // Let the next save try again (a dropped connection, a redeploy that removed the chunk).
        loading = undefined;
        throw error;
      },
    ));
  if (storage !== undefined) loadStripper().catch(() => undefined);
  /** Saves still waiting for the stripper; later saves queue behind them, so the newest is written last. */
  let waiting = 0;

  const write = (
    backend: DraftStorageBackend,
    store: WorkspaceStore,
    strip: StripSecrets | undefined,
  ): DraftSaveResult => {
    const stripped: DraftStrippedSecrets[] = [];
    const workspaces =
      strip === undefined
        ? store.workspaces
        : store.workspaces.map((workspace) => {
            const result = stripCached(workspace, cache, strip);
            if (result.secrets.length > 0)
              stripped.push({ workspaceId: workspace.id, secrets: result.secrets });
            return result.workspace;
          });
    const json = JSON.stringify({
      ...store,
      workspaces,
      savedAt: now(),
    } satisfies WorkspaceStore);
    try {
      backend.setItem(draftStorageKey, json);
    } catch (error) {
      return { ok: false, message: storageMessage(error, 'saved') };
    }
    return { ok: true, stripped };
  };

  return {
    async load() {
      if (storage === undefined) return { store: undefined, notice: noStorage };
      let json: string | null;
      try {
        json = storage.getItem(draftStorageKey);
      } catch (error) {
        return { store: undefined, notice: storageMessage(error, 'restored') };
      }
      if (json === null || json === '') return { store: undefined };
      const { loadWorkspaceStore } = await import('@/core/workspace/load-workspace-store.ts');
      const { store, notice } = loadWorkspaceStore(json);
      if (store === undefined && json !== null && notice !== undefined) {
        try {
          storage.setItem(unreadableDraftKey, json);
        } catch {
          // Setting the copy aside is a courtesy; the notice already says the draft was not restored.
        }
      }
      return {
        store,
        ...(store?.savedAt === undefined ? {} : { savedAt: store.savedAt }),
        ...(notice === undefined ? {} : { notice }),
      };
    },
    async save(store, options = {}) {
      if (storage === undefined) return { ok: false, message: noStorage };
      const includeSecrets = options.includeSecrets === true;
      if (waiting === 0 && (includeSecrets || stripper !== undefined))
        return write(storage, store, includeSecrets ? undefined : stripper);
      waiting += 1;
      try {
        const strip = await loadStripper();
        return write(storage, store, includeSecrets ? undefined : strip);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          message: `The draft was not saved: the part that keeps secrets out of it did not load (${detail}). ${keepWork}`,
        };
      } finally {
        waiting -= 1;
      }
    },
    clear() {
      if (storage === undefined) return { ok: false, message: noStorage };
      try {
        storage.removeItem(draftStorageKey);
        return { ok: true };
      } catch (error) {
        return { ok: false, message: storageMessage(error, 'removed') };
      }
    },
  };
}
