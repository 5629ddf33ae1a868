/** A list item's `name` (or `metadata.name`), or the fallback when it has none. */
export function itemName(item: unknown, fallback: string): string {
  if (!item || typeof item !== 'object') return fallback;
  const record = item as Record<string, unknown>;
  const metadata = record.metadata as Record<string, unknown> | undefined;
  const name = record.name ?? record.key ?? metadata?.name;
  return typeof name === 'string' && name ? name : fallback;
}
