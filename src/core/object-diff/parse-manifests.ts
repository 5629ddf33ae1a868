import { parseAllDocuments } from 'yaml';

/**
 * Multi-document YAML (what `helm template` prints, or an earlier export pasted back) as
 * objects; undefined when any document does not parse (or
 * expands too many aliases), so a half-pasted text is not diffed.
 */
export function parseManifestsText(text: string): unknown[] | undefined {
  const documents = parseAllDocuments(text);
  if (!Array.isArray(documents) || documents.some((d) => d.errors.length > 0)) return undefined;
  try {
    return documents.map((d) => d.toJS({ maxAliasCount: 100 }) as unknown).filter((o) => o != null);
  } catch {
    // The yaml library refuses alias expansions past maxAliasCount (a billion-laughs text).
    return undefined;
  }
}
