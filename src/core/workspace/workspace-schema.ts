// zod/mini: the same single definition, a fraction of the bytes, because drafts load before the first paint.
import * as z from 'zod/mini';
import { chartProfileIds } from '@/core/chart/chart-profile.ts';
import { workspaceStoreVersion } from './workspace-store-version.ts';

/** UI state worth keeping with a workspace: which panels are open and which tab is in front. */
export const workspaceUiSchema = z.object({
  panels: z.optional(z.record(z.string(), z.boolean())),
  activeTab: z.optional(z.string()),
});

/** One named workspace: everything on screen that a reload, a draft or a share link must bring back. */
export const workspaceSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  /** The values YAML exactly as typed, comments and all: the text is the truth. */
  valuesText: z.string(),
  profile: z.literal(chartProfileIds),
  /** The asya-operator chart values (transports, gateway URL, sidecar image) as YAML text. */
  operatorSettingsText: z.string(),
  /**
   * The scaling scenario. Its shape belongs to the scenario module; here it is opaque data that
   * arrived through JSON (storage or a link), so it is JSON-compatible by construction.
   */
  scenario: z.optional(z.unknown()),
  ui: z.optional(workspaceUiSchema),
  /** Milliseconds since the epoch of the last content change. */
  updatedAt: z.number(),
});

export type Workspace = z.infer<typeof workspaceSchema>;
export type WorkspaceUi = z.infer<typeof workspaceUiSchema>;

/** The versioned envelope kept in browser storage. */
export const workspaceStoreSchema = z.object({
  version: z.literal(workspaceStoreVersion),
  /** Never empty: the studio always has a workspace to show. */
  workspaces: z.array(workspaceSchema).check(z.minLength(1)),
  activeId: z.string(),
  /** When the draft was written (ms since the epoch), for "restored draft from <time>". */
  savedAt: z.optional(z.number()),
});

export type WorkspaceStore = z.infer<typeof workspaceStoreSchema>;
