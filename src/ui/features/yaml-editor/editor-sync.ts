import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { textChange, type TextChange } from '@/core/document/text-change.ts';

import type * as MonacoApi from 'monaco-editor/editor/editor.api';

type TextModel = MonacoApi.editor.ITextModel;

/**
 * Applies a text that changed outside the editor (form edit, undo, file) as one edit over the
 * differing middle (`change`, from `externalChange`), so the cursor and scroll position away from
 * the change stay where they are.
 * Returns whether the edit stayed within one line (then markers elsewhere are still in place).
 */
export function applyExternalText(model: TextModel, text: string, change: TextChange): boolean {
  const { start, oldEnd: endCurrent, newEnd: endNext } = change;
  if (endCurrent === start && endNext === start) return true;
  const from = model.getPositionAt(start);
  const to = model.getPositionAt(endCurrent);
  model.pushEditOperations(
    [],
    [
      {
        range: {
          startLineNumber: from.lineNumber,
          startColumn: from.column,
          endLineNumber: to.lineNumber,
          endColumn: to.column,
        },
        text: text.slice(start, endNext),
      },
    ],
    () => null,
  );
  return from.lineNumber === to.lineNumber && !/[\r\n]/.test(text.slice(start, endNext));
}

/**
 * Characters replaced past which Monaco takes long enough (~60 ms for a 7,500-line file) that a
 * new text waits for the paint after it; a keystroke or a form edit changes a few.
 */
const largeChange = 50_000;

/** The change from the model's text to `text`, and whether it is large enough to wait for a paint. */
export function externalChange(model: TextModel, text: string) {
  const change = textChange(model.getValue(), text);
  return {
    change,
    large: change.oldEnd - change.start + (change.newEnd - change.start) > largeChange,
  };
}

/** Our diagnostics as Monaco markers (squiggles), one validator for the form and the editor. */
export function toMarkers(diagnostics: readonly Diagnostic[], monaco: typeof MonacoApi) {
  const severity = {
    error: monaco.MarkerSeverity.Error,
    warning: monaco.MarkerSeverity.Warning,
    info: monaco.MarkerSeverity.Info,
  };
  return diagnostics
    .filter((d) => d.range)
    .map((d) => ({
      severity: severity[d.severity],
      message: d.fix ? `${d.message}\nFix: ${d.fix}` : d.message,
      code: d.ruleId,
      source: 'actor-studio',
      startLineNumber: d.range!.line,
      startColumn: d.range!.col,
      endLineNumber: d.range!.endLine,
      endColumn: Math.max(
        d.range!.endCol,
        d.range!.line === d.range!.endLine ? d.range!.col + 1 : 1,
      ),
    }));
}
