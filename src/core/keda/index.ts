export { checkKedaDialect } from './keda-dialect.ts';
export type { Finding } from './keda-dialect.ts';
export { formulaProblems, formulaVariable } from './formula-problems.ts';
export { translateKedaFormula, evaluateKedaFormula, kedaCompositeValue } from './keda-formula.ts';
export { admitScaledObject, isValidModifiersTarget } from './keda-admission.ts';
export type { AdmissionRefusal, ScaledObjectAdmissionInput } from './keda-admission.ts';
export { kedaVerdict, admissionInput } from './keda-verdict.ts';
export type { KedaVerdict } from './keda-verdict.ts';
