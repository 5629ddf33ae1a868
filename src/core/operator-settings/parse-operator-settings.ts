import { upstreamLink } from '@/core/diagnostics/index.ts';
import { readYaml } from '@/core/document/index.ts';
import type { z } from 'zod';
import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { operatorSettingsSchema, type OperatorSettings } from './operator-settings-schema.ts';

export interface ParsedOperatorSettings {
  /** Absent when the text is not valid settings: the operator would not start with it. */
  settings?: OperatorSettings;
  diagnostics: Diagnostic[];
}

/** One problem per zod issue; an unknown-keys issue becomes one problem per key, pointing at the key. */
function issueDiagnostics(issue: z.core.$ZodIssue): Diagnostic[] {
  const path = issue.path.filter(
    (segment): segment is string | number => typeof segment !== 'symbol',
  );
  if (issue.code !== 'unrecognized_keys') return [issueDiagnostic(issue, path)];
  return issue.keys.map((key) => ({
    ...issueDiagnostic(issue, [...path, key]),
    message: `Unknown key "${key}": the operator decodes ASYA_TRANSPORT_CONFIG strictly and stops at start-up.`,
  }));
}

function issueDiagnostic(issue: z.core.$ZodIssue, path: (string | number)[]): Diagnostic {
  const inRegistry = path[0] === 'transports';
  return {
    ruleId:
      issue.code === 'unrecognized_keys'
        ? 'operator-settings/unknown-key'
        : 'operator-settings/invalid-value',
    severity: 'error',
    stage: 'operator-settings',
    message: inRegistry
      ? `${issue.message}: the operator decodes ASYA_TRANSPORT_CONFIG strictly and stops at start-up.`
      : `${issue.message}: the asya-operator chart cannot use this value.`,
    fix: 'Correct the key or value as in the asya-operator chart values (see the presets).',
    path,
    source: inRegistry
      ? upstreamLink('asya', 'src/asya-operator/internal/config/transport_config.go', [120, 207])
      : upstreamLink('asya', 'deploy/helm-charts/asya-operator/values.yaml'),
  };
}

function yamlError(message: string): Diagnostic {
  return {
    ruleId: 'operator-settings/yaml',
    severity: 'error',
    stage: 'operator-settings',
    message: `The operator settings are not valid YAML: ${message}`,
    path: [],
  };
}

/** The operator chart's own values.yaml nests these keys under `operator:`, where the template never reads them. */
function nestedUnderOperator(settings: OperatorSettings): Diagnostic[] {
  const nested = settings.operator;
  if (
    nested === null ||
    typeof nested !== 'object' ||
    !('transports' in nested || 'gatewayURL' in nested)
  )
    return [];
  return [
    {
      ruleId: 'operator-settings/nested-under-operator',
      severity: 'warning',
      stage: 'operator-settings',
      message:
        'The asya-operator chart template reads `transports` and `gatewayURL` at the top level; under `operator:` they are ignored and the operator starts with an empty transport registry.',
      fix: 'Move `transports` and `gatewayURL` to the top level.',
      path: ['operator'],
      source: upstreamLink(
        'asya',
        'deploy/helm-charts/asya-operator/templates/deployment.yaml',
        [66, 70],
      ),
    },
  ];
}

/** Operator settings text (asya-operator chart values, YAML as Helm reads it) → settings and problems. */
export function parseOperatorSettings(text: string): ParsedOperatorSettings {
  let data: unknown;
  try {
    data = readYaml(text) ?? {};
  } catch (error) {
    return { diagnostics: [yamlError(error instanceof Error ? error.message : String(error))] };
  }
  const result = operatorSettingsSchema.safeParse(data);
  if (!result.success) return { diagnostics: result.error.issues.flatMap(issueDiagnostics) };
  return { settings: result.data, diagnostics: nestedUnderOperator(result.data) };
}
