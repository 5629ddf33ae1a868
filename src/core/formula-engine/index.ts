export { compileFormula, compileExpression, formulaLimits } from './formula-engine.ts';
export type {
  CompileResult,
  CompiledFormula,
  CompiledExpression,
  FormulaScope,
  FormulaValue,
} from './formula-engine.ts';
export type { FormulaRefusal } from './formula-allowlist.ts';
export { allowedFunctionNames } from './formula-allowlist.ts';
