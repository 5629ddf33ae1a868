import type { PipelineResult } from '@/core/pipeline/index.ts';
import { diffManifests } from './compare-manifests.ts';
import { isRecord } from '@/core/shared/is-record.ts';

const isWildcard = (value: unknown): boolean =>
  typeof value === 'string' && value.startsWith('<cluster:');

function checkApiServer(expected: Record<string, unknown>, result: PipelineResult): string[] {
  const failures: string[] = [];
  const accepted = result.stored.objects.length > 0;
  if (expected.result === 'accepted' && !accepted)
    failures.push(`API server: expected accepted, got rejected: ${result.stored.rejection ?? ''}`);
  if (expected.result === 'rejected' && accepted)
    failures.push('API server: expected rejected, got accepted');
  const wanted = Array.isArray(expected.warnings) ? expected.warnings.map(String) : [];
  const actual = result.stored.warnings;
  const missing = wanted.filter(
    (w) => !actual.some((a) => a === w || a.includes(w.split(' (')[0] ?? w)),
  );
  const extra = actual.filter(
    (a) => !wanted.some((w) => a === w || a.includes(w.split(' (')[0] ?? w)),
  );
  if (missing.length > 0 || extra.length > 0)
    failures.push(
      `API server warnings: missing ${JSON.stringify(missing)}, unexpected ${JSON.stringify(extra)}`,
    );
  for (const key of ['error', 'message'] as const) {
    const text = expected[key];
    if (typeof text === 'string' && !(result.stored.rejection ?? '').includes(text))
      failures.push(
        `API server: rejection should contain "${text}", got "${result.stored.rejection ?? ''}"`,
      );
  }
  return failures;
}

/** Every expected key that is not a wildcard must match; list lengths and order must match. */
function conditionFailures(expected: unknown[], result: PipelineResult): string[] {
  const actual = result.operator.conditions as unknown as Record<string, unknown>[];
  const same =
    expected.length === actual.length &&
    expected.every(
      (want, i) =>
        isRecord(want) &&
        Object.entries(want).every(
          ([key, value]) => isWildcard(value) || actual[i]?.[key] === value,
        ),
    );
  return same
    ? []
    : [
        `operator conditions differ:\n  expected ${JSON.stringify(expected)}\n  actual   ${JSON.stringify(actual)}`,
      ];
}

function checkOperator(expected: Record<string, unknown>, result: PipelineResult): string[] {
  const failures: string[] = [];
  const op = result.operator;
  if (
    (expected.result === 'success' || expected.result === 'error') &&
    op.result !== expected.result
  ) {
    failures.push(
      `operator result: expected ${expected.result}, got ${op.result}${op.error ? ` (${op.error})` : ''}`,
    );
  }
  if (typeof expected.error === 'string' && !(op.error ?? '').includes(expected.error))
    failures.push(`operator error: expected "${expected.error}", got "${op.error ?? ''}"`);
  if (Array.isArray(expected.objects)) {
    const actual = op.objects.map(
      (o) => `${String(o.kind)}/${String((o.metadata as { name?: string }).name)}`,
    );
    if (JSON.stringify(actual) !== JSON.stringify(expected.objects))
      failures.push(
        `operator objects: expected ${JSON.stringify(expected.objects)}, got ${JSON.stringify(actual)}`,
      );
  }
  if (Array.isArray(expected.conditions))
    failures.push(...conditionFailures(expected.conditions, result));
  const effects = diffManifests(
    'brokerSideEffects',
    [expected.brokerSideEffects ?? []],
    [op.brokerSideEffects],
  );
  if (effects) failures.push(effects);
  return failures;
}

function checkKeda(expected: Record<string, unknown>, result: PipelineResult): string[] {
  const failures: string[] = [];
  if (expected.scalingModifiers !== undefined) {
    const scaledObject = result.operator.objects.find((o) => o.kind === 'ScaledObject');
    const actual =
      isRecord(scaledObject?.spec) && isRecord(scaledObject.spec.advanced)
        ? scaledObject.spec.advanced.scalingModifiers
        : undefined;
    const diff = diffManifests('keda.scalingModifiers', [expected.scalingModifiers], [actual]);
    if (diff) failures.push(diff);
  }
  const verdict = typeof expected.verdict === 'string' ? expected.verdict : '';
  if (verdict.startsWith('rejected') && result.keda.status !== 'rejected')
    failures.push(`KEDA verdict: expected rejected, got ${result.keda.status}`);
  if (verdict.startsWith('accepted') && result.keda.status !== 'accepted')
    failures.push(
      `KEDA verdict: expected accepted, got ${result.keda.status}: ${result.keda.reasons.join(' ')}`,
    );
  return failures;
}

/** The verdicts a golden `case.yaml` states (API server, operator, KEDA), checked against the pipeline. */
export function caseVerdictFailures(
  caseData: Record<string, unknown>,
  result: PipelineResult,
): string[] {
  return [
    ...(isRecord(caseData.apiServer) ? checkApiServer(caseData.apiServer, result) : []),
    ...(isRecord(caseData.operator) ? checkOperator(caseData.operator, result) : []),
    ...(isRecord(caseData.keda) ? checkKeda(caseData.keda, result) : []),
  ];
}
