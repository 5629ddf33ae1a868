import { readYamlDocuments } from '@/core/document/index.ts';

/**
 * Multi-document YAML (what `helm template` prints, or an earlier export pasted back) as
 * objects; undefined when any document does not parse (or expands too many aliases), so a
 * half-pasted text is not diffed.
 */
export function parseManifestsText(text: string): unknown[] | undefined {
  try {
    return readYamlDocuments(text).filter((o) => o !== null && o !== undefined);
  } catch {
    return undefined;
  }
}
