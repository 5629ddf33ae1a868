import {
  fieldErrorSummary,
  fieldErrorText,
  isDNS1123Label,
  isQualifiedName,
  isRelaxedEnvVarName,
  isValidLabelValue,
  isValidPortName,
  validateDeployment,
  validatePodTemplate,
  type FieldError,
} from '@/core/kubernetes-validation/index.ts';
import type { Actual } from './vector-kinds-hpa.ts';
import { obj, str, VectorInputError, type JsonObject } from './vector-input.ts';

/** The name rules of apimachinery's pkg/util/validation, by the name its test functions use. */
const nameRules: Record<string, (value: string) => string[]> = {
  IsDNS1123Label: isDNS1123Label,
  IsQualifiedName: isQualifiedName,
  IsValidLabelValue: isValidLabelValue,
  IsValidPortName: isValidPortName,
  IsRelaxedEnvVarName: isRelaxedEnvVarName,
};

/** `valid`, each error as `field: Type` (what upstream tests assert) and the full messages. */
function outcome(errors: FieldError[]): Actual {
  return {
    valid: errors.length === 0,
    errors: errors.map(fieldErrorSummary),
    messages: errors.map(fieldErrorText),
  };
}

function required(input: JsonObject, key: string): JsonObject {
  const value = obj(input, key);
  if (!value) throw new VectorInputError(`input.${key} is required`);
  return value;
}

/**
 * Kubernetes validation vectors (conformance/studio/vectors/kubernetes-validation-vectors.json):
 * cases from kubernetes/kubernetes and kubernetes/apimachinery validation_test.go.
 */
export const kubernetesVectorKinds: Readonly<
  Record<string, (input: JsonObject, vector: JsonObject) => Actual>
> = {
  'kubernetes.name': (input) => {
    const rule = nameRules[str(input, 'rule')];
    if (!rule) throw new VectorInputError(`unknown rule ${str(input, 'rule')}`);
    const messages = rule(str(input, 'value'));
    return { valid: messages.length === 0, messages };
  },
  'kubernetes.podTemplate': (input) =>
    outcome(validatePodTemplate(required(input, 'template'), [])),
  'kubernetes.deployment': (input) => outcome(validateDeployment(required(input, 'deployment'))),
};
