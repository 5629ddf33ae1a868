export {
  workspaceSchema,
  workspaceStoreSchema,
  workspaceStoreVersion,
  workspaceUiSchema,
} from './workspace-schema.ts';
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
  parseLocationFragment,
  pathFragment,
  shareLinkVersion,
} from './share-link.ts';
export type {
  DecodedShareLink,
  EncodedShareLink,
  LocationFragment,
  SharedWorkspace,
} from './share-link.ts';
