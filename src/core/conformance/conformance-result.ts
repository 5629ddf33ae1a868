/** The outcome of one golden case or one test vector. */
export interface ConformanceResult {
  /** Case folder name or vector id (prefixed with the file name for vectors). */
  id: string;
  passed: boolean;
  /** For a failure: a readable diff, or expected and actual values. */
  detail?: string;
}
