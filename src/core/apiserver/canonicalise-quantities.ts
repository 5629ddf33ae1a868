import { canonicalQuantity } from './quantity.ts';
import { isRecord } from '@/core/shared/is-record.ts';

function canonicalMap(map: unknown): unknown {
  if (!isRecord(map)) return map;
  return Object.fromEntries(
    Object.entries(map).map(([key, value]) => [key, canonicalQuantity(value) ?? value]),
  );
}

/** A container's `resources` with limits and requests in canonical form. */
export function canonicalResources(resources: unknown): unknown {
  if (!isRecord(resources)) return resources;
  const result = { ...resources };
  if ('limits' in result) result.limits = canonicalMap(result.limits);
  if ('requests' in result) result.requests = canonicalMap(result.requests);
  return result;
}
