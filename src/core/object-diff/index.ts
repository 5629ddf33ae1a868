export { diffFields, diffObjects } from './diff-objects.ts';
export type { FieldChange, FieldChangeKind, ObjectDiff } from './diff-objects.ts';
export { diffPipelineStage } from './diff-pipeline-stage.ts';
export type { StageDiff, VerdictChange } from './diff-pipeline-stage.ts';
export {
  formatFieldValue,
  objectLabel,
  stageDiffSummary,
  stageDiffToJson,
  stageDiffToMarkdown,
  stageDiffToText,
} from './format-stage-diff.ts';
export { parseManifestsText } from './parse-manifests.ts';
