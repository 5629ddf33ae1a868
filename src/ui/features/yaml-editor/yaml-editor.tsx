import Editor, { type OnMount } from '@monaco-editor/react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Diagnostic } from '@/core/diagnostics/index.ts';
import { afterNextPaint } from '@/io/after-next-paint.ts';
import { valuesJsonSchema } from '@/core/schema/index.ts';
import { loadMonaco, valuesModelPath } from './load-monaco.ts';
import { applyExternalText, externalChange, toMarkers } from './editor-sync.ts';

import type * as MonacoEditorApi from 'monaco-editor/editor/editor.api';

type MonacoApi = Awaited<ReturnType<typeof loadMonaco>>['monaco'];
type CodeEditor = Parameters<OnMount>[0];
type TextModel = NonNullable<ReturnType<CodeEditor['getModel']>>;

export interface YamlEditorProps {
  text: string;
  onChange: (text: string) => void;
  diagnostics: readonly Diagnostic[];
  theme: 'light' | 'dark';
  /** Moves the cursor to this place whenever `nonce` changes. */
  reveal?: { line: number; col: number; nonce: number };
  /** Undo/redo go to the studio's one history, so the form and the editor share it. */
  onUndo: () => void;
  onRedo: () => void;
  /** The studio's own shortcuts, bound in the editor too (it keeps the keys it handles to itself). */
  onPalette: () => void;
  onDownload: () => void;
}

/** vs-dark with comments at 5:1 contrast: its own comment green (#608b4e) is 4.2:1, under WCAG AA. */
const darkTheme = 'actor-studio-dark';
function defineDarkTheme(monaco: MonacoApi): MonacoApi {
  monaco.editor.defineTheme(darkTheme, {
    base: 'vs-dark',
    inherit: true,
    rules: [{ token: 'comment', foreground: '6A9955' }],
    colors: {},
  });
  return monaco;
}

/**
 * Module constants: the editor wrapper re-applies `options` (a full configuration pass) whenever
 * it gets a new object, which a literal in render would do on every keystroke.
 */
const editorOptions = {
  minimap: { enabled: false },
  fontSize: 13,
  tabSize: 2,
  insertSpaces: true,
  scrollBeyondLastLine: false,
  automaticLayout: true,
  renderWhitespace: 'boundary',
  // The default dims the number of the line after a final newline below 4.5:1 contrast (axe).
  renderFinalNewline: 'on',
  quickSuggestions: { other: true, comments: false, strings: true },
  ariaLabel: 'values.yaml editor',
  // Folding and sticky scroll by indentation are exact for YAML and need no worker round trip;
  // with code lenses, links and the light bulb (nothing of ours uses them) off, a keystroke does
  // not send the YAML worker a whole-document job it would compete with the page for.
  foldingStrategy: 'indentation',
  stickyScroll: { defaultModel: 'indentationModel' },
  codeLens: false,
  links: false,
  // The enum itself lives in the lazily loaded Monaco module; its value is this string.
  lightbulb: { enabled: 'off' as MonacoEditorApi.editor.ShowLightbulbIconMode },
} as const;

function revealPosition(editor: CodeEditor, place: { line: number; col: number }) {
  const position = { lineNumber: place.line, column: place.col };
  editor.setPosition(position);
  editor.revealPositionInCenter(position);
}

/** Monaco over the values text. The text prop is the truth; the editor reports edits and follows outside changes. */
export function YamlEditor(props: YamlEditorProps) {
  const [monaco, setMonaco] = useState<MonacoApi>();
  const [loadError, setLoadError] = useState<Error>();
  const editorRef = useRef<CodeEditor>(undefined);
  const propsRef = useRef(props);
  useLayoutEffect(() => {
    propsRef.current = props;
  });

  // A large new text waiting for the paint: typed meanwhile, the editor would edit the old text.
  const waiting = useRef(false);
  // Stable, so the wrapper does not re-subscribe to the model on every render.
  const forwardChange = useCallback((value: string | undefined) => {
    if (value !== undefined && !waiting.current && value !== propsRef.current.text)
      propsRef.current.onChange(value);
  }, []);

  useEffect(() => {
    loadMonaco(valuesJsonSchema()).then(
      ({ monaco }) => setMonaco(defineDarkTheme(monaco)),
      (error: unknown) => setLoadError(error instanceof Error ? error : new Error(String(error))),
    );
  }, []);

  // Most keystrokes leave the problems as they were; setting the same markers again costs a
  // decoration pass and a repaint, so only a changed list is set.
  const shownMarkers = useRef('');
  const showMarkers = useCallback(
    (m: MonacoApi, model: TextModel, diagnostics: readonly Diagnostic[]) => {
      const markers = toMarkers(diagnostics, m);
      const key = JSON.stringify(markers);
      if (key === shownMarkers.current) return;
      shownMarkers.current = key;
      m.editor.setModelMarkers(model, 'actor-studio', markers);
    },
    [],
  );

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const { change, large } = externalChange(model, props.text);
    // An edit across lines may have moved or collapsed markers: set them again even if unchanged.
    if (!large) {
      if (!applyExternalText(model, props.text, change)) shownMarkers.current = '';
      return;
    }
    // A file just opened: the form and the actors show first, the editor takes it after that paint.
    waiting.current = true;
    const cancel = afterNextPaint(() => {
      waiting.current = false;
      applyExternalText(model, props.text, change);
      shownMarkers.current = '';
      if (monaco) showMarkers(monaco, model, propsRef.current.diagnostics);
    });
    return () => {
      cancel();
      waiting.current = false;
    };
  }, [props.text, monaco, showMarkers]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (monaco && model) showMarkers(monaco, model, props.diagnostics);
  }, [monaco, props.diagnostics, showMarkers]);

  useEffect(() => {
    if (editorRef.current && props.reveal) revealPosition(editorRef.current, props.reveal);
  }, [props.reveal]);

  // The region's boundary shows the failure with a Retry, which mounts this editor again.
  if (loadError) throw loadError;
  if (!monaco) return <p className="p-3 text-sm text-slate-500">Loading editor…</p>;

  const m = monaco;
  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    editor.addCommand(m.KeyMod.CtrlCmd | m.KeyCode.KeyZ, () => propsRef.current.onUndo());
    editor.addCommand(m.KeyMod.CtrlCmd | m.KeyMod.Shift | m.KeyCode.KeyZ, () =>
      propsRef.current.onRedo(),
    );
    editor.addCommand(m.KeyMod.CtrlCmd | m.KeyCode.KeyY, () => propsRef.current.onRedo());
    editor.addCommand(m.KeyMod.CtrlCmd | m.KeyCode.KeyK, () => propsRef.current.onPalette());
    editor.addCommand(m.KeyMod.CtrlCmd | m.KeyCode.KeyS, () => propsRef.current.onDownload());
    // A reveal asked for before the editor existed (a `#path=` link) applies now.
    if (propsRef.current.reveal) revealPosition(editor, propsRef.current.reveal);
    const model = editor.getModel();
    if (model) showMarkers(m, model, propsRef.current.diagnostics);
  };

  return (
    <Editor
      path={valuesModelPath}
      language="yaml"
      defaultValue={props.text}
      theme={props.theme === 'dark' ? darkTheme : 'vs'}
      onMount={onMount}
      onChange={forwardChange}
      options={editorOptions}
    />
  );
}
