import { describe, expect, it } from 'vitest';
import { parseValuesText } from '@/core/document/index.ts';
import { renderChart } from './index.ts';

// Each failing row was checked against real Helm v3.17.3 (helm-differential.test.ts keeps
// checking the rule on generated values).
function render(text: string) {
  return renderChart(parseValuesText(text).values, { profile: 'asya-actor', releaseName: 'r' });
}

describe('asya-actor: template failures that stop helm install', () => {
  it.each([
    ['transport: 5', 'test-queue-health.yaml: at <eq .Values.transport "rabbitmq">'],
    ['transport: [sqs]', 'incompatible types for comparison'],
    ['default: {workload: on}', "at <.Values.default.workload.kind>: can't evaluate field kind"],
    ['default: {workload: ~}', 'nil pointer evaluating interface {}.kind'],
    ['default: 5', "can't evaluate field scaling in type interface {}"],
    ['default: {healthChecks: {queue: 5}}', "can't evaluate field enabled"],
    ['default: {healthChecks: {crew: {requiredActors: 5}}}', "range can't iterate over 5"],
    ['default: {scaling: 5}', "can't evaluate field enabled"],
    ['infrastructure: 5', "can't evaluate field operatorNamespace"],
    ['name: 5', 'wrong type for value; expected string; got float64'],
    ['name: true', 'got bool'],
    ['namespace: "a: b"', 'YAML parse error'],
    ['namespace: "*x"', 'YAML parse error'],
  ])('%s fails the render', (line, message) => {
    const result = render(`name: a\n${line}\n`);
    expect(result.asyncActor).toBeUndefined();
    expect(result.error).toContain(message);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['chart/template-error']);
  });

  it.each([
    'transport: ~',
    'transport: sqs',
    'transport: 5\ndefault: {healthChecks: {queue: {enabled: false}}}',
    'default: {healthChecks: {crew: {requiredActors: ~}}}',
    'default: {healthChecks: {status: {enabled: true}}}',
    'name: "0"',
    'namespace: [1]',
  ])('%s renders', (line) => {
    const result = render(`name: a\n${line}\n`);
    expect(result.error).toBeUndefined();
    expect(result.asyncActor).toBeDefined();
  });

  it('names the app label from a falsy name with the chart name, and reads it back raw', () => {
    const labels = (text: string) =>
      (render(text).asyncActor?.metadata as { labels: Record<string, unknown> }).labels;
    expect(labels('name: n\n')['app.kubernetes.io/name']).toBe('asya-actor');
    expect(labels('name: 0\n')['app.kubernetes.io/name']).toBe('asya-actor');
    expect(labels('name: "yes"\n')['app.kubernetes.io/name']).toBe(true);
    expect(labels('name: "-a-"\n')['app.kubernetes.io/name']).toBe('-a');
  });

  it('prints any non-empty advanced block, and keeps __proto__ keys as data', () => {
    const spec = render(
      'name: a\nscaling:\n  enabled: true\n  advanced: [x]\nworkload:\n  __proto__: {a: 1}\n',
    ).asyncActor?.spec as Record<string, Record<string, unknown>>;
    expect(spec.scaling?.advanced).toEqual(['x']);
    expect(Object.keys(spec.workload ?? {})).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(spec.workload)).toBe(Object.prototype);
  });

  it('keeps base-60-looking strings strings when printed raw', () => {
    const metadata = render('name: a\nnamespace: "1:30"\n').asyncActor?.metadata as Record<
      string,
      unknown
    >;
    expect(metadata.namespace).toBe('1:30');
  });
});
