export type { ActorSlice, DocumentKind, SplitDocument } from './actor-slice.ts';
export { documentPath, inheritedFrom } from './actor-slice.ts';
export { documentKind, splitDocument } from './split-document.ts';
export {
  runRelease,
  releaseProblems,
  type ActorRun,
  type ReleaseOptions,
  type ReleaseRun,
} from './analyze-release.ts';
export { valueProblems } from './actor-problems.ts';
export { selectActor } from './select-actor.ts';
export {
  actorEntry,
  addActor,
  duplicateActor,
  moveActor,
  removeActor,
  renameActor,
} from './actor-edits.ts';
export { actorSummaries, type ActorSummary } from './actor-summary.ts';
