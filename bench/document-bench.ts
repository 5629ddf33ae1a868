import { parseValuesText } from '@/core/document/index.ts';
import { readmeExamples } from '@/core/examples/index.ts';
import { validateValues } from '@/core/validation/index.ts';
import { medianMs, type BenchFigure } from './measure.ts';

/** What the studio re-runs per keystroke in the YAML editor: parse + validate of the largest example. */
export function benchParseValidate(): BenchFigure {
  const example = readmeExamples.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  let sink = 0;
  let run = 0;
  const ms = medianMs(() => {
    // A new text each run, as typing makes: the document model keeps recent parses by text.
    const parsed = parseValuesText(`${example.text}# edit ${run++}\n`);
    sink += validateValues(parsed).length + parsed.diagnostics.length;
  }, 1000);
  if (sink < 0) throw new Error('unreachable: keeps the work from being optimised away');
  return {
    label: `parse + validate (${example.id}, ${example.text.length} chars)`,
    medianMs: ms,
    goalMs: 1,
  };
}
