import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  palette: () => void;
  cheatSheet: () => void;
  download: () => void;
  nextProblem: (direction: 1 | -1) => void;
  togglePreview: () => void;
  undo: () => void;
  redo: () => void;
}

/** True where a key press types text (so `?` and Ctrl+Z belong to the field, not the studio). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable || target.closest('textarea, input, select, .monaco-editor') !== null
  );
}

/** The studio's keyboard shortcuts on the whole page (the editor binds the same ones itself). */
export function useGlobalShortcuts(handlers: ShortcutHandlers) {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const h = ref.current;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const inValuesForm =
        event.target instanceof HTMLElement && event.target.closest('[data-values-form]') !== null;
      if (mod && key === 'k') h.palette();
      else if (mod && key === 's') h.download();
      else if (event.key === 'F8') h.nextProblem(event.shiftKey ? -1 : 1);
      else if (event.altKey && key === 'p') h.togglePreview();
      else if (event.key === '?' && !isTyping(event.target)) h.cheatSheet();
      // The form's fields are views of the document: their undo is the document's undo.
      else if (mod && key === 'z' && (inValuesForm || !isTyping(event.target)))
        (event.shiftKey ? h.redo : h.undo)();
      else if (mod && key === 'y' && (inValuesForm || !isTyping(event.target))) h.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
