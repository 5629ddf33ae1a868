import type { ValuesPath } from '@/core/diagnostics/index.ts';
import { formatValuesPath } from '@/core/diagnostics/index.ts';
import { parseValuesText, setValueAtPath } from '@/core/document/index.ts';
import { findSecretPaths } from './find-secret-paths.ts';
import { mightHoldSecret } from './secret-names.ts';
import { stripSecretLines } from './strip-secret-lines.ts';
import type { Workspace } from './workspace-schema.ts';

/** Which text of the workspace held the secret. */
export type SecretSource = 'values' | 'operatorSettings';

/** One secret value that was replaced by `""`. */
export interface StrippedSecret {
  source: SecretSource;
  /**
   * The values path, when the document edit blanked it. Secrets only the line pass reaches (text
   * that does not parse, a second `---` document, values the edit refused) have just the key or
   * env var name here, and `line` says where.
   */
  path: ValuesPath;
  line?: number;
}

/** The texts stripping reads and rewrites; a Workspace, a share link payload, a draft entry. */
export type SecretHolder = Pick<Workspace, 'valuesText' | 'operatorSettingsText'>;

/**
 * Blanks secrets one path at a time through the document edit, re-reading after each edit: one
 * edit of an anchored value also clears its aliases, and a path whose edit did not take is not
 * tried again.
 */
function stripByPath(
  text: string,
  source: SecretSource,
): { text: string; stripped: StrippedSecret[] } {
  const stripped: StrippedSecret[] = [];
  const tried = new Set<string>();
  let current = text;
  let parsed = parseValuesText(text);
  while (parsed.ok) {
    const path = findSecretPaths(parsed.values).find(
      (candidate) => !tried.has(JSON.stringify(candidate)),
    );
    if (path === undefined) break;
    tried.add(JSON.stringify(path));
    const result = setValueAtPath(current, path, '');
    if ('error' in result) continue;
    current = result.text;
    stripped.push({ source, path });
    parsed = parseValuesText(current);
  }
  return { text: current, stripped };
}

/**
 * The path pass does the work when the text parses. The line pass then catches what it cannot
 * see: text that does not parse (mid-edit), documents after a `---`, values the edit refused.
 */
function stripText(
  text: string,
  source: SecretSource,
): { text: string; stripped: StrippedSecret[] } {
  if (!mightHoldSecret(text)) return { text, stripped: [] };
  const byPath = stripByPath(text, source);
  const byLine = stripSecretLines(byPath.text);
  return {
    text: byLine.text,
    stripped: [
      ...byPath.stripped,
      ...byLine.stripped.map(({ label, line }) => ({ source, path: [label], line })),
    ],
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
