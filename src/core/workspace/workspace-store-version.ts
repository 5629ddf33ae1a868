/**
 * The persisted format version written today; `loadWorkspaceStore` migrates anything older.
 * Kept apart from the schema so code that only writes stores does not load the validator.
 */
export const workspaceStoreVersion = 1;
