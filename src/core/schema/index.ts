export { valuesSchema } from './values-schema.ts';
export type { Values, ValuesInput } from './values-schema.ts';
export { scalingSchema, advancedScalingSchema, metricTypes } from './scaling-schema.ts';
export type { Scaling, ScalingInput } from './scaling-schema.ts';
export { workloadSchema, volumeClaimTemplateSchema, workloadKinds } from './workload-schema.ts';
export {
  podTemplateSchema,
  podSpecSchema,
  tolerationSchema,
  volumeSchema,
} from './pod-template-schema.ts';
export {
  containerSchema,
  envVarSchema,
  resourcesSchema,
  volumeMountSchema,
  portSchema,
  quantitySchema,
  imagePullPolicies,
} from './container-schema.ts';
export type { ContainerInput } from './container-schema.ts';
export { timeoutSchema } from './timeout-schema.ts';
export { valuesJsonSchema } from './json-schema.ts';
export { describeField } from './describe-field.ts';
export type { FieldDescription, FieldType } from './describe-field.ts';
export { formSections, formItemLabel, formEntryPaths } from './form-sections.ts';
export type { FormSection, FormEntry, FormField, FormMap, FormList } from './form-sections.ts';
export { editorValuesJsonSchema, closedValuesMaps } from './editor-schema.ts';
