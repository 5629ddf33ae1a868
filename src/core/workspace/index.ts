export { workspaceSchema, workspaceStoreSchema, workspaceUiSchema } from './workspace-schema.ts';
export { workspaceStoreVersion } from './workspace-store-version.ts';
export type { Workspace, WorkspaceStore, WorkspaceUi } from './workspace-schema.ts';
export { loadWorkspaceStore } from './load-workspace-store.ts';
export type { WorkspaceStoreLoad } from './load-workspace-store.ts';
export {
  activeWorkspace,
  createWorkspace,
  createWorkspaceStore,
  deleteWorkspace,
  duplicateWorkspace,
  renameWorkspace,
  restoreDeletedWorkspace,
  selectWorkspace,
  uniqueWorkspaceId,
  uniqueWorkspaceName,
  untitledWorkspaceName,
  updateActiveWorkspace,
} from './workspace-list.ts';
export type {
  DeleteWorkspaceResult,
  DeletedWorkspace,
  WorkspaceDraft,
  WorkspacePatch,
} from './workspace-list.ts';
export { describeStrippedSecret, stripSecrets } from './strip-secrets.ts';
export type { SecretHolder, SecretSource, StrippedSecret } from './strip-secrets.ts';
export {
  decodeShareLink,
  encodeShareLink,
  maxShareUrlLength,
  shareLinkVersion,
} from './share-link.ts';
export type { DecodedShareLink, EncodedShareLink, SharedWorkspace } from './share-link.ts';
export { parseLocationFragment, pathFragment } from './location-fragment.ts';
export type { LocationFragment } from './location-fragment.ts';
