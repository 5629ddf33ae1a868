import { chartProfileIds } from '@/core/chart/chart-profile.ts';
import type { ChartProfileId } from '@/core/chart/chart-profile.ts';
import { uniqueWorkspaceId, uniqueWorkspaceName, untitledWorkspaceName } from './workspace-list.ts';
import type { Workspace, WorkspaceStore } from './workspace-schema.ts';
import { workspaceSchema, workspaceUiSchema } from './workspace-schema.ts';
import { workspaceStoreVersion } from './workspace-store-version.ts';
import { isRecord } from '@/core/shared/is-record.ts';

/**
 * What was found in storage. `store` is undefined when there was nothing usable: the caller then
 * starts from the example. `notice` says, in plain words, what could not be restored.
 */
export interface WorkspaceStoreLoad {
  store: WorkspaceStore | undefined;
  notice?: string;
}

type Raw = Record<string, unknown>;

function isProfile(value: unknown): value is ChartProfileId {
  return typeof value === 'string' && (chartProfileIds as readonly string[]).includes(value);
}

/**
 * Keeps whatever a damaged entry still holds. The values text is the user's work, so an entry is
 * kept whenever it has one; every other field falls back to a safe default.
 */
function salvageWorkspace(
  raw: unknown,
  takenIds: string[],
  takenNames: string[],
): { workspace: Workspace; repaired: boolean } | undefined {
  const strict = workspaceSchema.safeParse(raw);
  if (strict.success) {
    const id = takenIds.includes(strict.data.id) ? uniqueWorkspaceId(takenIds) : strict.data.id;
    const name = uniqueWorkspaceName(strict.data.name, takenNames);
    return {
      workspace: { ...strict.data, id, name },
      repaired: id !== strict.data.id || name !== strict.data.name,
    };
  }
  if (!isRecord(raw) || typeof raw.valuesText !== 'string') return undefined;
  const ui = workspaceUiSchema.safeParse(raw.ui);
  const workspace: Workspace = {
    id:
      typeof raw.id === 'string' && raw.id !== '' && !takenIds.includes(raw.id)
        ? raw.id
        : uniqueWorkspaceId(takenIds),
    name: uniqueWorkspaceName(
      typeof raw.name === 'string' ? raw.name : untitledWorkspaceName,
      takenNames,
    ),
    valuesText: raw.valuesText,
    profile: isProfile(raw.profile) ? raw.profile : (chartProfileIds[0] ?? 'asya-test-actor'),
    operatorSettingsText:
      typeof raw.operatorSettingsText === 'string' ? raw.operatorSettingsText : '',
    ...(raw.scenario === undefined ? {} : { scenario: raw.scenario }),
    ...(raw.ui !== undefined && ui.success ? { ui: ui.data } : {}),
    updatedAt:
      typeof raw.updatedAt === 'number' && Number.isFinite(raw.updatedAt) ? raw.updatedAt : 0,
  };
  return { workspace, repaired: true };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function readVersion1(envelope: Raw): WorkspaceStoreLoad {
  const entries: unknown[] = Array.isArray(envelope.workspaces) ? envelope.workspaces : [];
  const workspaces: Workspace[] = [];
  let repaired = 0;
  for (const entry of entries) {
    const salvaged = salvageWorkspace(
      entry,
      workspaces.map((w) => w.id),
      workspaces.map((w) => w.name),
    );
    if (salvaged === undefined) continue;
    if (salvaged.repaired) repaired++;
    workspaces.push(salvaged.workspace);
  }
  const dropped = entries.length - workspaces.length;
  const first = workspaces[0];
  if (first === undefined) {
    return {
      store: undefined,
      notice: 'The saved draft holds no readable workspace; starting from the example.',
    };
  }
  const problems: string[] = [];
  if (dropped > 0)
    problems.push(
      `${plural(dropped, 'workspace', 'workspaces')} could not be read and ${dropped === 1 ? 'was' : 'were'} left out`,
    );
  if (repaired > 0)
    problems.push(
      `${plural(repaired, 'workspace was', 'workspaces were')} partly damaged and repaired with defaults`,
    );
  const activeId = workspaces.some((w) => w.id === envelope.activeId)
    ? (envelope.activeId as string)
    : first.id;
  const savedAt =
    typeof envelope.savedAt === 'number' && Number.isFinite(envelope.savedAt)
      ? envelope.savedAt
      : undefined;
  const store: WorkspaceStore = {
    version: workspaceStoreVersion,
    workspaces,
    activeId,
    ...(savedAt === undefined ? {} : { savedAt }),
  };
  return problems.length === 0
    ? { store }
    : { store, notice: `The saved draft was restored, but ${problems.join(', and ')}.` };
}

/**
 * Reads the persisted envelope, migrating older formats and salvaging damaged ones. Never throws:
 * anything unusable comes back as `store: undefined` with a notice.
 */
export function loadWorkspaceStore(json: string | null): WorkspaceStoreLoad {
  if (json === null || json === '') return { store: undefined };
  let envelope: unknown;
  try {
    envelope = JSON.parse(json);
  } catch {
    return {
      store: undefined,
      notice:
        'The saved draft is damaged (not valid JSON) and could not be restored; starting from the example.',
    };
  }
  if (!isRecord(envelope)) {
    return {
      store: undefined,
      notice: 'The saved draft is not in a format this studio knows; starting from the example.',
    };
  }
  // One case per persisted format version; a new format adds a case that migrates to the current one.
  switch (envelope.version) {
    case 1:
      return readVersion1(envelope);
    default:
      if (typeof envelope.version === 'number' && envelope.version > workspaceStoreVersion) {
        return {
          store: undefined,
          notice: `The saved draft was written by a newer version of Actor Studio (format ${envelope.version}; this one reads up to ${workspaceStoreVersion}); starting from the example.`,
        };
      }
      return {
        store: undefined,
        notice: 'The saved draft is not in a format this studio knows; starting from the example.',
      };
  }
}
