import { z } from 'zod';
import type { ConformanceResult } from './conformance-result.ts';
import { hpaVectorKinds, type Actual } from './vector-kinds-hpa.ts';
import { evaluateMathjsField, kedaVectorKinds } from './vector-kinds-keda.ts';
import { kubernetesVectorKinds } from './vector-kinds-kubernetes.ts';
import { isObject, VectorInputError, type JsonObject } from './vector-input.ts';

/**
 * The envelope every vector file shares (shared/conformance/vectors/*.json,
 * conformance/studio/vectors/*.json).
 */
const vectorFileSchema = z.object({
  cases: z.array(z.unknown()),
});

const vectorCaseSchema = z.object({
  id: z.string(),
  kind: z.string(),
  input: z.record(z.string(), z.unknown()),
  expected: z.record(z.string(), z.unknown()),
  mathjs: z.record(z.string(), z.unknown()).optional(),
});

const kinds: Readonly<Record<string, (input: JsonObject, vector: JsonObject) => Actual>> = {
  ...hpaVectorKinds,
  ...kedaVectorKinds,
  ...kubernetesVectorKinds,
};

/** Every kind the runner computes; a file with another kind gets a failed result naming it. */
export const supportedVectorKinds = Object.keys(kinds).sort();

function close(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const integerText = /^-?\d+$/;

function sameValue(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return close(expected, actual);
  // Values beyond 2^53 travel as text (conventions.bigIntegers).
  if (
    typeof expected === 'string' &&
    integerText.test(expected) &&
    (typeof actual === 'number' || (typeof actual === 'string' && integerText.test(actual)))
  ) {
    return typeof actual === 'number'
      ? Number.isInteger(actual) && close(Number(expected), actual)
      : BigInt(expected) === BigInt(actual);
  }
  if (Array.isArray(expected) && Array.isArray(actual))
    return expected.length === actual.length && expected.every((e, i) => sameValue(e, actual[i]));
  if (isObject(expected) && isObject(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    return [...keys].every((k) => sameValue(expected[k], actual[k]));
  }
  return expected === actual;
}

/** `Type=Status/Reason` or `Type=Reason` (status True) against the conditions the sync set. */
function conditionMatches(expected: unknown, actual: unknown): boolean {
  if (typeof expected !== 'string' || !Array.isArray(actual)) return false;
  const [type, rest = ''] = expected.split('=');
  const [status, reason] = rest.includes('/') ? rest.split('/') : [undefined, rest];
  return actual.some((c) => {
    if (typeof c !== 'string') return false;
    const [cType, cRest = ''] = c.split('=');
    const [cStatus, cReason] = cRest.split('/');
    return cType === type && cReason === reason && (status === undefined || cStatus === status);
  });
}

/** Kinds whose errors come from evaluation: Go's and mathjs's wording differ, the failure must not. */
const evaluationKinds = new Set(['formula.evaluate', 'expr.builtin']);

function fieldMatches(kind: string, key: string, expected: unknown, actual: unknown): boolean {
  if (key === 'condition') return conditionMatches(expected, actual);
  if (key === 'error' && expected === true)
    return (typeof actual === 'string' && actual !== '') || actual === true;
  if (key === 'error' && typeof expected === 'string' && evaluationKinds.has(kind))
    return typeof actual === 'string' && actual !== '';
  // Upstream error texts are wrapped by callers; the core words must appear.
  if (key === 'error' && typeof expected === 'string')
    return typeof actual === 'string' && actual.includes(expected);
  // An observation window: the workload must have held at least that long.
  if (key === 'heldForSeconds' && typeof expected === 'number')
    return typeof actual === 'number' && actual >= expected;
  return sameValue(expected, actual);
}

function show(value: unknown): string {
  return value === undefined ? '(not computed)' : JSON.stringify(value);
}

function compare(kind: string, expected: Record<string, unknown>, actual: Actual): string[] {
  const problems: string[] = [];
  for (const [key, want] of Object.entries(expected)) {
    const got = actual[key];
    if (!fieldMatches(kind, key, want, got))
      problems.push(`  ${key}: expected ${show(want)}, actual ${show(got)}`);
  }
  if ('error' in actual && !('error' in expected) && typeof actual.error === 'string')
    problems.push(`  error: ${actual.error}`);
  return problems;
}

function checkMathjs(input: JsonObject, mathjs: Record<string, unknown>): string[] {
  if (typeof mathjs.expression !== 'string') return [];
  const result = evaluateMathjsField(input, mathjs as JsonObject);
  // Where mathjs disagrees with expr (e.g. mean([])), a non-number result means mathjs fails.
  const wantsError =
    typeof mathjs.error === 'string' ||
    mathjs.throws === true ||
    (mathjs.agrees === false && typeof mathjs.result !== 'number');
  if (wantsError)
    return result.error !== undefined
      ? []
      : [`  mathjs ${mathjs.expression}: expected an error, actual ${show(result.value)}`];
  if (result.error !== undefined)
    return [
      `  mathjs ${mathjs.expression}: expected ${show(mathjs.result)}, actual error: ${result.error}`,
    ];
  if (!('result' in mathjs)) return [];
  return sameValue(mathjs.result, result.value)
    ? []
    : [
        `  mathjs ${mathjs.expression}: expected ${show(mathjs.result)}, actual ${show(result.value)}`,
      ];
}

function runCase(raw: unknown, index: number, fileName: string): ConformanceResult {
  const parsed = vectorCaseSchema.safeParse(raw);
  const rawId = isObject(raw) && typeof raw.id === 'string' ? raw.id : `case #${index + 1}`;
  const id = `${fileName}:${rawId}`;
  if (!parsed.success)
    return {
      id,
      passed: false,
      detail: `not a vector case: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    };
  const vector = parsed.data;
  const run = kinds[vector.kind];
  if (!run)
    return {
      id,
      passed: false,
      detail: `unknown kind "${vector.kind}"; the runner knows: ${supportedVectorKinds.join(', ')}`,
    };
  try {
    const actual = run(vector.input as JsonObject, raw as JsonObject);
    const problems = [
      ...compare(vector.kind, vector.expected, actual),
      ...(vector.mathjs ? checkMathjs(vector.input as JsonObject, vector.mathjs) : []),
    ];
    return problems.length === 0
      ? { id, passed: true }
      : { id, passed: false, detail: `${vector.kind}\n${problems.join('\n')}` };
  } catch (error) {
    const why = error instanceof VectorInputError ? 'bad input' : 'internal error';
    return {
      id,
      passed: false,
      detail: `${why}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/**
 * Runs every case of one vector file against the studio's own HPA, KEDA and formula code.
 * Never throws: malformed JSON or an unknown kind become failed results.
 */
export function runVectorFile(json: string, fileName: string): ConformanceResult[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return [
      {
        id: fileName,
        passed: false,
        detail: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      },
    ];
  }
  const file = vectorFileSchema.safeParse(data);
  if (!file.success)
    return [{ id: fileName, passed: false, detail: 'not a vector file: it needs a "cases" list' }];
  return file.data.cases.map((raw, index) => runCase(raw, index, fileName));
}
