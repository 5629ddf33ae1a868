/** One undo history over the document text, shared by the form and the editor. */
export interface TextHistory {
  past: readonly string[];
  present: string;
  future: readonly string[];
  /** Edits with the same key inside `coalesceMs` of each other become one undo step (typing). */
  lastKey?: string;
  lastAt?: number;
}

/** Undo depth; far more than a person uses, bounded so a long session cannot grow memory without end. */
export const historyLimit = 500;
const coalesceMs = 800;

export function createHistory(text: string): TextHistory {
  return { past: [], present: text, future: [] };
}

/** Records a new text. `key` groups bursts of typing; `at` is the time in ms (injected, no clock here). */
export function recordText(
  history: TextHistory,
  text: string,
  key: string | undefined,
  at: number,
): TextHistory {
  if (text === history.present) return history;
  const coalesce =
    key !== undefined &&
    key === history.lastKey &&
    history.lastAt !== undefined &&
    at - history.lastAt < coalesceMs;
  const past = coalesce ? history.past : [...history.past, history.present].slice(-historyLimit);
  return { past, present: text, future: [], lastKey: key, lastAt: at };
}

export function undoText(history: TextHistory): TextHistory {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
  };
}

export function redoText(history: TextHistory): TextHistory {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
