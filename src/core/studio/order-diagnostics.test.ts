import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { dedupeDiagnostics, sortDiagnostics } from './order-diagnostics.ts';

const d = (
  ruleId: string,
  path: string[],
  severity: Diagnostic['severity'] = 'error',
  line?: number,
): Diagnostic => ({
  ruleId,
  severity,
  stage: 'rules',
  message: ruleId,
  path,
  range: line === undefined ? undefined : { line, col: 1, endLine: line, endCol: 2 },
});

describe('dedupeDiagnostics', () => {
  it('drops a second finding of the same rule at the same value', () => {
    expect(dedupeDiagnostics([d('a', ['x']), d('a', ['x']), d('a', ['y'])])).toHaveLength(2);
  });

  it('drops a restating finding where a specific rule says the same at that value', () => {
    const kept = dedupeDiagnostics([
      d('api-server/crd-validation', ['name']),
      d('values/dns-label-name', ['name']),
      d('chart/ignored-value', ['bogus'], 'warning'),
      d('values/unknown-key', ['bogus'], 'warning'),
    ]);
    expect(kept.map((k) => k.ruleId)).toEqual(['values/dns-label-name', 'values/unknown-key']);
  });

  it('keeps a restating finding that stands alone or differs in severity', () => {
    const kept = dedupeDiagnostics([
      d('api-server/crd-validation', ['workload', 'kind']),
      d('chart/ignored-value', ['x'], 'warning'),
      d('values/other', ['x'], 'error'),
    ]);
    expect(kept).toHaveLength(3);
  });
});

describe('sortDiagnostics', () => {
  it('puts errors first, then orders by place, unplaced last', () => {
    const sorted = sortDiagnostics([
      d('w', ['a'], 'warning', 1),
      d('e2', ['b'], 'error'),
      d('e1', ['c'], 'error', 5),
    ]);
    expect(sorted.map((s) => s.ruleId)).toEqual(['e1', 'e2', 'w']);
  });
});
