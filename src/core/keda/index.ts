export { checkKedaDialect } from './keda-dialect.ts';
export type { Finding } from './keda-dialect.ts';
export { scalingVerdicts } from './formula-verdicts.ts';
export {
  translateKedaFormula,
  evaluateKedaFormula,
  validateKedaModifiers,
} from './keda-formula.ts';
export { kedaVerdict } from './keda-verdict.ts';
export type { KedaVerdict } from './keda-verdict.ts';
