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

function canonicalContainers(containers: unknown): unknown {
  if (!Array.isArray(containers)) return containers;
  return containers.map((container: unknown) =>
    isMap(container) && 'resources' in container
      ? { ...container, resources: canonicalResources(container.resources) }
      : container,
  );
}

function canonicalVolumes(volumes: unknown): unknown {
  if (!Array.isArray(volumes)) return volumes;
  return volumes.map((volume: unknown) => {
    if (!isMap(volume) || !isMap(volume.emptyDir) || volume.emptyDir.sizeLimit === undefined)
      return volume;
    const sizeLimit = canonicalQuantity(volume.emptyDir.sizeLimit) ?? volume.emptyDir.sizeLimit;
    return { ...volume, emptyDir: { ...volume.emptyDir, sizeLimit } };
  });
}

/**
 * The pod spec after the operator's Go types re-serialised it (asya-operator.md §4.2): every
 * quantity in canonical form. Other fields pass through unchanged.
 */
export function canonicalisePodSpec(spec: unknown): unknown {
  if (!isMap(spec)) return spec;
  const result = { ...spec };
  for (const key of ['containers', 'initContainers'] as const)
    if (key in result) result[key] = canonicalContainers(result[key]);
  if ('volumes' in result) result.volumes = canonicalVolumes(result.volumes);
  return result;
}
