import type { ValuesPath } from '@/core/diagnostics/index.ts';
import { formatValuesPath } from '@/core/diagnostics/index.ts';
import { parseValuesText, setValueAtPath } from '@/core/document/index.ts';
import { findSecretPaths } from './find-secret-paths.ts';
import { stripSecretLines } from './strip-secret-lines.ts';
import type { Workspace } from './workspace-schema.ts';

/** Which text of the workspace held the secret. */
export type SecretSource = 'values' | 'operatorSettings';

/** One secret value that was replaced by `""`. */
export interface StrippedSecret {
  source: SecretSource;
  /**
   * The values path when the text parsed. When it did not (mid-edit) the text is stripped line by
   * line, and the path holds only the key or env var name, with `line` saying where.
   */
  path: ValuesPath;
  line?: number;
}

/** The texts stripping reads and rewrites; a Workspace, a share link payload, a draft entry. */
export type SecretHolder = Pick<Workspace, 'valuesText' | 'operatorSettingsText'>;

function stripText(
  text: string,
  source: SecretSource,
): { text: string; stripped: StrippedSecret[] } {
  const parsed = parseValuesText(text);
  if (parsed.ok) {
    let current = text;
    const paths = findSecretPaths(parsed.values);
    if (paths.length === 0) return { text, stripped: [] };
    for (const path of paths) {
      const result = setValueAtPath(current, path, '');
      if ('text' in result) current = result.text;
    }
    const check = parseValuesText(current);
    // Anything the path edits could not reach (aliases, merge keys) is caught by the line pass.
    if (check.ok && findSecretPaths(check.values).length === 0) {
      return { text: current, stripped: paths.map((path) => ({ source, path })) };
    }
  }
  const lines = stripSecretLines(text);
  return {
    text: lines.text,
    stripped: lines.stripped.map(({ label, line }) => ({ source, path: [label], line })),
  };
}

/**
 * Replaces every secret value with `""` by editing the YAML text (comments, order and the key
 * itself stay), in the values (AWS keys, secret-looking env vars) and the operator settings
 * (inline passwords and keys). The one secret policy for share links and drafts.
 */
export function stripSecrets<T extends SecretHolder>(
  workspace: T,
): { workspace: T; strippedPaths: StrippedSecret[] } {
  const values = stripText(workspace.valuesText, 'values');
  const operator = stripText(workspace.operatorSettingsText, 'operatorSettings');
  const strippedPaths = [...values.stripped, ...operator.stripped];
  if (strippedPaths.length === 0) return { workspace, strippedPaths };
  return {
    workspace: { ...workspace, valuesText: values.text, operatorSettingsText: operator.text },
    strippedPaths,
  };
}

/** `values: awsSecretAccessKey`, `operator settings: transports.sqs.config.password`, `values line 12: HF_TOKEN`. */
export function describeStrippedSecret(secret: StrippedSecret): string {
  const where = secret.source === 'values' ? 'values' : 'operator settings';
  return secret.line === undefined
    ? `${where}: ${formatValuesPath(secret.path)}`
    : `${where} line ${secret.line}: ${formatValuesPath(secret.path)}`;
}
