import type { z } from 'zod';

/**
 * An actor-level value the user may leave out or set to null. Helm treats a null like a missing
 * key (the chart default applies), so null is accepted wherever a value is optional.
 */
export function optionalValue<T extends z.ZodType>(schema: T) {
  return schema.nullable().optional();
}
