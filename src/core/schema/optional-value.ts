import type { z } from 'zod';

/**
 * An actor-level value the user may leave out or set to null. A null is valid YAML that Helm
 * accepts: it deletes the key, chart default included, before the template runs.
 */
export function optionalValue<T extends z.ZodType>(schema: T) {
  return schema.nullable().optional();
}
