import { canonicalQuantity } from './quantity.ts';

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function canonicalMap(map: unknown): unknown {
  if (!isMap(map)) return map;
  return Object.fromEntries(
    Object.entries(map).map(([key, value]) => [key, canonicalQuantity(value) ?? value]),
  );
}

/** A container's `resources` with limits and requests in canonical form. */
export function canonicalResources(resources: unknown): unknown {
  if (!isMap(resources)) return resources;
  const result = { ...resources };
  if ('limits' in result) result.limits = canonicalMap(result.limits);
  if ('requests' in result) result.requests = canonicalMap(result.requests);
  return result;
}
