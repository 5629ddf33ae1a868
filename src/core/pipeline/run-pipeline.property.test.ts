import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartProfileIds } from '@/core/chart/index.ts';
import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { locateDiagnostics, parseValuesText, printValuesYaml } from '@/core/document/index.ts';
import { operatorPresets, parseOperatorSettings } from '@/core/operator-settings/index.ts';
import { runPipeline } from './index.ts';

const settings = operatorPresets.map((preset) => parseOperatorSettings(preset.text).settings);

/** Any JSON-like value, with the keys the chart reads showing up often enough to matter. */
const key = fc.oneof(
  fc.constantFrom(
    'name',
    'namespace',
    'transport',
    'labels',
    'annotations',
    'scaling',
    'enabled',
    'minReplicas',
    'maxReplicas',
    'queueLength',
    'advanced',
    'formula',
    'target',
    'workload',
    'kind',
    'template',
    'spec',
    'containers',
    'image',
    'env',
    'value',
    'resources',
    'limits',
    'timeout',
    'sidecar',
    'actors',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
  ),
  fc.string({ maxLength: 8 }),
);
const leaf = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    'asya-runtime',
    'python:3.13-slim',
    'rabbitmq',
    'sqs',
    'StatefulSet',
    'ceil(queueLength / 10)',
    '1e3',
    '<img src=x onerror=alert(1)>',
  ),
);
const { value: jsonLike } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 3 }),
  map: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
}));
/** Values shaped like a real actor, so later stages (operator, KEDA) are reached too. */
const actorLike = fc.record(
  {
    name: fc.oneof(fc.constantFrom('demo', 'my-actor', ''), leaf),
    transport: fc.oneof(fc.constantFrom('rabbitmq', 'sqs'), leaf),
    scaling: fc.oneof(
      jsonLike,
      fc.record(
        {
          enabled: fc.oneof(fc.boolean(), leaf),
          minReplicas: leaf,
          maxReplicas: leaf,
          advanced: fc.oneof(jsonLike, fc.record({ formula: fc.oneof(leaf, fc.string()) })),
        },
        { requiredKeys: [] },
      ),
    ),
    workload: fc.oneof(
      jsonLike,
      fc.record(
        {
          kind: fc.oneof(fc.constantFrom('Deployment', 'StatefulSet'), leaf),
          template: fc.record({
            spec: fc.record({
              containers: fc.array(
                fc.oneof(
                  jsonLike,
                  fc.record({
                    name: fc.oneof(fc.constant('asya-runtime'), leaf),
                    image: leaf,
                    env: jsonLike,
                  }),
                ),
                { maxLength: 2 },
              ),
            }),
          }),
        },
        { requiredKeys: [] },
      ),
    ),
    labels: jsonLike,
  },
  { requiredKeys: [] },
);

function expectDiagnostic(d: Diagnostic): void {
  expect(d.ruleId).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
  expect(['error', 'warning', 'info']).toContain(d.severity);
  expect(typeof d.message).toBe('string');
  expect(d.message.length).toBeGreaterThan(0);
  expect(Array.isArray(d.path)).toBe(true);
}

describe('runPipeline on random values (property)', () => {
  it('never throws, for both profiles, with and without operator settings', () => {
    fc.assert(
      fc.property(
        fc.oneof(jsonLike, actorLike),
        fc.constantFrom(...chartProfileIds),
        fc.constantFrom(undefined, ...settings),
        (values, profile, operatorSettings) => {
          const result = runPipeline(values, {
            profile,
            ...(operatorSettings ? { operatorSettings } : {}),
          });
          for (const d of result.diagnostics) expectDiagnostic(d);
          // Plain JSON cannot be self-referencing or deep enough to be unreadable: an exception
          // the chart stage caught would show as chart/unreadable-values.
          expect(result.diagnostics.map((d) => d.ruleId)).not.toContain('chart/unreadable-values');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every problem gets a place in the values text it came from', () => {
    fc.assert(
      fc.property(actorLike, fc.constantFrom(...chartProfileIds), (values, profile) => {
        const parsed = parseValuesText(printValuesYaml(values));
        fc.pre(parsed.ok);
        const located = locateDiagnostics(
          parsed,
          runPipeline(parsed.values, {
            profile,
            ...(settings[0] ? { operatorSettings: settings[0] } : {}),
          }).diagnostics,
        );
        for (const d of located) {
          expectDiagnostic(d);
          expect(d.range, `${d.ruleId} at ${d.path.join('.')}`).toBeDefined();
        }
      }),
      { numRuns: 200 },
    );
  });
});
