import { isRecord } from '@/core/shared/is-record.ts';
/** Thrown when a vector's input lacks a field the kind needs; turned into a failed result. */
export class VectorInputError extends Error {}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return isRecord(value);
}

export function field(input: JsonObject, key: string): Json | undefined {
  return input[key];
}

export function num(input: JsonObject, key: string, fallback?: number): number {
  const value = input[key];
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  if ((value === undefined || value === null) && fallback !== undefined) return fallback;
  throw new VectorInputError(`input.${key} must be a number`);
}

export function numOrNull(input: JsonObject, key: string): number | null {
  const value = input[key];
  return value === undefined || value === null ? null : num(input, key);
}

export function str(input: JsonObject, key: string, fallback?: string): string {
  const value = input[key];
  if (typeof value === 'string') return value;
  if ((value === undefined || value === null) && fallback !== undefined) return fallback;
  throw new VectorInputError(`input.${key} must be text`);
}

export function obj(input: JsonObject, key: string): JsonObject | null {
  const value = input[key];
  if (value === undefined || value === null) return null;
  if (!isObject(value)) throw new VectorInputError(`input.${key} must be an object`);
  return value;
}

export function list(input: JsonObject, key: string): Json[] {
  const value = input[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new VectorInputError(`input.${key} must be a list`);
  return value;
}

/** `[{change|recommendation, secondsAgo}]` → timed entries on a clock where now = 0. */
export function timedList(
  input: JsonObject,
  key: string,
  valueKey: string,
): { at: number; value: number }[] {
  return list(input, key).map((entry, index) => {
    if (!isObject(entry)) throw new VectorInputError(`input.${key}[${index}] must be an object`);
    return { at: -num(entry, 'secondsAgo'), value: num(entry, valueKey) };
  });
}
