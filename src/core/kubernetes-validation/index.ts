export {
  fieldErrorSummary,
  fieldErrorText,
  aggregate,
  pathText,
  type FieldError,
  type PathStep,
} from './field-error.ts';
export { deploymentValidationSources, validateDeployment } from './validate-deployment.ts';
export { validatePodTemplate } from './validate-pod-template.ts';
export {
  isDNS1123Label,
  isQualifiedName,
  isRelaxedEnvVarName,
  isValidLabelValue,
  isValidPortName,
} from './names.ts';
