import { formatNumber } from '@/core/autoscaling/index.ts';
import { compileFormula } from '@/core/formula-engine/index.ts';
import { tokenizeFormula } from '@/core/formula-engine/formula-tokens.ts';
import { checkKedaDialect, formulaVariable, kedaVerdict } from '@/core/keda/index.ts';
import type { K8sObject } from '@/core/pipeline/index.ts';
import { asRecord } from '@/core/shared/is-record.ts';

export type FormulaSeverity = 'error' | 'warning' | 'info';

/** One thing the lab says about a formula, with the part of the text it is about when known. */
export interface FormulaMessage {
  ruleId: string;
  severity: FormulaSeverity;
  /** Who says so: the studio's own evaluator, KEDA's dialect, or Asya's operator and KEDA's webhook. */
  origin: 'studio' | 'keda-dialect' | 'asya';
  message: string;
  fix?: string;
  source?: string;
  offset?: number;
  length?: number;
}

/** The formula's value at a few queue lengths, so people see what it does before charting it. */
export interface FormulaSample {
  queue: number;
  value: string;
}

export interface FormulaCheck {
  /** True when the studio's evaluator accepted the formula (it may still be wrong for KEDA). */
  runs: boolean;
  messages: FormulaMessage[];
  samples: FormulaSample[];
}

const sampleQueues = [0, 1, 10, 100, 1000];
const keywords = new Set(['and', 'or', 'not', 'true', 'false', 'nil', 'in', 'let']);

/** The operator's ScaledObject with this formula in its scalingModifiers, for KEDA's verdict on it. */
export function scaledObjectWithFormula(scaledObject: K8sObject, formula: string): K8sObject {
  const spec = asRecord(scaledObject.spec);
  const advanced = asRecord(spec.advanced);
  const scalingModifiers = { ...asRecord(advanced.scalingModifiers), formula };
  return { ...scaledObject, spec: { ...spec, advanced: { ...advanced, scalingModifiers } } };
}

/** The first variable the formula names (a trigger name KEDA will not know), as a range. */
function firstVariable(text: string): { offset: number; length: number } | undefined {
  const tokens = tokenizeFormula(text);
  const found = tokens.find(
    (t, i) =>
      t.kind === 'identifier' &&
      !keywords.has(t.text) &&
      tokens[i + 1]?.text !== '(' &&
      tokens[i - 1]?.text !== '.',
  );
  return found ? { offset: found.offset, length: found.text.length } : undefined;
}

/**
 * Checks a formula three ways, in the order that matters: can the studio evaluate it safely
 * (anything outside the allowlist is refused and never runs), does it mean the same in KEDA's
 * expr language, and what KEDA makes of it in the ScaledObject the operator builds from these
 * values (`scaledObject`, undefined when the operator builds none).
 */
export function checkFormula(text: string, scaledObject: K8sObject | undefined): FormulaCheck {
  if (text.trim() === '') return { runs: false, messages: [], samples: [] };
  const messages: FormulaMessage[] = [];
  const compiled = compileFormula(text, [formulaVariable]);
  if (!compiled.ok) {
    messages.push({
      ruleId: 'scaling/formula-refused',
      severity: 'error',
      origin: 'studio',
      message: `Refused, not run: ${compiled.message}.`,
      fix: 'Use numbers, queueLength, + - * / ^, comparisons, and/or/not, a ? b : c, and ceil, floor, round, abs, min, max.',
      offset: compiled.offset,
      length: compiled.length,
    });
  }
  for (const finding of checkKedaDialect(text, [formulaVariable])) {
    if (!compiled.ok && finding.ruleId === 'scaling/dialect-mathjs') continue;
    messages.push({
      ruleId: finding.ruleId,
      severity: finding.severity,
      origin: 'keda-dialect',
      message: finding.message,
      fix: finding.fix,
      offset: finding.offset,
      length: finding.length,
    });
  }
  if (!scaledObject)
    messages.push({
      ruleId: 'keda/no-scaled-object',
      severity: 'info',
      origin: 'asya',
      message:
        'The operator creates no ScaledObject for these values (autoscaling is off or the reconcile stops earlier), so KEDA never reads this formula.',
    });
  // KEDA's verdict repeats the refusal and the dialect findings without their place; those are shown above.
  const verdict = scaledObject ? kedaVerdict([scaledObjectWithFormula(scaledObject, text)]) : null;
  for (const d of verdict?.diagnostics ?? []) {
    if (d.ruleId === 'scaling/formula-refused' || d.ruleId.startsWith('scaling/dialect-')) continue;
    const place = d.ruleId === 'keda/refuses-formula' ? firstVariable(text) : undefined;
    messages.push({
      ruleId: d.ruleId,
      severity: d.severity,
      origin: 'asya',
      message: d.message,
      fix: d.fix,
      source: d.source,
      ...place,
    });
  }
  const samples = compiled.ok
    ? sampleQueues.map((queue) => {
        const value = compiled.evaluate({ [formulaVariable]: queue });
        return {
          queue,
          value: typeof value === 'number' ? formatNumber(value) : `error: ${value.error}`,
        };
      })
    : [];
  const rank: Record<FormulaSeverity, number> = { error: 0, warning: 1, info: 2 };
  messages.sort((a, b) => rank[a.severity] - rank[b.severity]);
  return { runs: compiled.ok, messages, samples };
}

/** A piece of the formula text; `severity` is set on the parts a message points at. */
export interface FormulaSegment {
  text: string;
  severity?: FormulaSeverity;
  /** The message numbers (1-based, in `messages` order) that point here. */
  refs?: number[];
  /** A marker for "the end of the formula", where nothing can be underlined. */
  atEnd?: boolean;
}

/**
 * Splits the text into plain and marked segments for the messages that have a place. Overlaps
 * merge; the worst severity wins. A place at the very end becomes a visible end marker.
 */
export function markFormula(text: string, messages: readonly FormulaMessage[]): FormulaSegment[] {
  const marks: { severity: FormulaSeverity; refs: number[] }[] = Array.from(
    { length: text.length + 1 },
    () => ({ severity: 'info', refs: [] }),
  );
  const rank: Record<FormulaSeverity, number> = { error: 0, warning: 1, info: 2 };
  messages.forEach((m, index) => {
    if (m.offset === undefined) return;
    const start = Math.max(0, Math.min(m.offset, text.length));
    const end = Math.min(text.length + 1, Math.max(start + 1, start + (m.length ?? 1)));
    for (let i = start; i < end; i += 1) {
      const mark = marks[i] as { severity: FormulaSeverity; refs: number[] };
      if (mark.refs.length === 0 || rank[m.severity] < rank[mark.severity])
        mark.severity = m.severity;
      if (!mark.refs.includes(index + 1)) mark.refs.push(index + 1);
    }
  });
  const segments: FormulaSegment[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const mark = marks[i] as { severity: FormulaSeverity; refs: number[] };
    const key = mark.refs.length ? `${mark.severity}:${mark.refs.join(',')}` : '';
    const previous = segments[segments.length - 1];
    const previousKey = previous
      ? previous.refs
        ? `${previous.severity}:${previous.refs.join(',')}`
        : ''
      : null;
    if (previous && previousKey === key) previous.text += text[i];
    else
      segments.push(
        mark.refs.length
          ? { text: text[i] as string, severity: mark.severity, refs: [...mark.refs] }
          : { text: text[i] as string },
      );
  }
  const end = marks[text.length] as { severity: FormulaSeverity; refs: number[] };
  if (end.refs.length)
    segments.push({ text: '⎵', severity: end.severity, refs: end.refs, atEnd: true });
  return segments;
}
