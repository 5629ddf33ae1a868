/**
 * The parts of Go's text/template that decide whether a chart's expression fails, with Helm's
 * options: Helm parses templates with `missingkey=zero` (helm/helm pkg/engine/engine.go), so a
 * missing key reads as a nil interface, and a field of a nil interface or of a non-map fails the
 * whole render (text/template exec.go, `evalField`).
 */
import { ChartTemplateError, goTruthy, goTypeName } from './go-values.ts';
import { isRecord } from '@/core/shared/is-record.ts';

/** Where an expression sits, for Helm's message: `template: <file>: at <expr>: <problem>`. */
export interface TemplatePlace {
  file: string;
}

function fail(place: TemplatePlace, expression: string, problem: string, path: string[]): never {
  throw new ChartTemplateError(`template: ${place.file}: at <${expression}>: ${problem}`, path);
}

/** `.Values.a.b.c`: each step but the last must be a map; a missing key is nil, not an error. */
export function goField(place: TemplatePlace, values: unknown, path: readonly string[]): unknown {
  const expression = `.Values.${path.join('.')}`;
  let current: unknown = values;
  for (const [i, name] of path.entries()) {
    const walked = path.slice(0, i);
    if (current === null || current === undefined)
      fail(place, expression, `nil pointer evaluating interface {}.${name}`, walked);
    if (!isRecord(current))
      fail(place, expression, `can't evaluate field ${name} in type interface {}`, walked);
    current = Object.hasOwn(current, name) ? current[name] : undefined;
  }
  return current;
}

/** `eq .Values.x "text"`: a non-nil value that is not a string cannot be compared. */
export function goEqString(
  place: TemplatePlace,
  values: unknown,
  path: readonly string[],
  text: string,
): boolean {
  const value = goField(place, values, path);
  if (value === null || value === undefined) return false;
  if (typeof value !== 'string')
    fail(
      place,
      `eq .Values.${path.join('.')} "${text}"`,
      'error calling eq: incompatible types for comparison',
      [...path],
    );
  return value === text;
}

/** `range .Values.x`: nil, lists and maps iterate; anything else fails. */
export function goRange(place: TemplatePlace, values: unknown, path: readonly string[]): void {
  const value = goField(place, values, path);
  if (value === null || value === undefined || Array.isArray(value) || isRecord(value)) return;
  fail(
    place,
    `.Values.${path.join('.')}`,
    `range can't iterate over ${typeof value === 'string' ? value : JSON.stringify(value)}`,
    [...path],
  );
}

/** `and .Values.a (.Values.b)`: arguments are evaluated left to right until one is empty. */
export function goAnd(...args: (() => unknown)[]): boolean {
  for (const arg of args) if (!goTruthy(arg())) return false;
  return true;
}

/** sprig's `trunc 63` takes a string; anything else stops the render (at <63>, as Go says). */
export function truncArgument(place: TemplatePlace, value: unknown, path: string[]): string {
  if (typeof value === 'string') return value;
  return fail(place, '63', `wrong type for value; expected string; got ${goTypeName(value)}`, path);
}
