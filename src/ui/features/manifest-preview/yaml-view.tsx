import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import { highlightYamlLine, type YamlToken } from '@/core/preview/highlight-yaml.ts';

const tokenClass: Record<YamlToken['kind'], string> = {
  key: 'text-sky-800 dark:text-sky-300',
  punctuation: 'text-slate-500',
  string: 'text-emerald-800 dark:text-emerald-300',
  number: 'text-violet-800 dark:text-violet-300',
  boolean: 'text-amber-800 dark:text-amber-300',
  null: 'text-slate-500',
  comment: 'italic text-slate-500',
  plain: 'text-slate-900 dark:text-slate-100',
};

type OnLine = (line: number, col: number) => void;

/** One line; a keystroke changes few lines of a rendered object, so the others are not rendered again. */
const YamlLine = memo(function YamlLine({
  text,
  index,
  onLine,
}: {
  text: string;
  index: number;
  onLine?: OnLine;
}) {
  const tokens = highlightYamlLine(text);
  const content = tokens.map((t, i) => (
    <span key={i} className={tokenClass[t.kind]}>
      {t.text}
    </span>
  ));
  const indent = (tokens[0]?.kind === 'punctuation' ? tokens[0].text.length : 0) + 1;
  return onLine ? (
    <button
      type="button"
      tabIndex={-1}
      title="Show the value this comes from"
      onClick={() => onLine(index + 1, indent)}
      className="block w-full cursor-pointer text-left hover:bg-indigo-50 dark:hover:bg-slate-800"
    >
      {content}
      {'\n'}
    </button>
  ) : (
    <span className="block">
      {content}
      {'\n'}
    </span>
  );
});

/**
 * Read-only, highlighted YAML. Every line is a button when `onLine` is given, so a field of
 * the rendered object can be traced back to the value that produced it.
 */
export const YamlView = memo(function YamlView({
  yaml,
  label,
  onLine,
}: {
  yaml: string;
  label: string;
  onLine?: OnLine;
}) {
  // The lines get one stable handler that calls the latest `onLine`, so a new closure from the parent re-renders none of them.
  const latest = useRef(onLine);
  useLayoutEffect(() => {
    latest.current = onLine;
  });
  const stableOnLine = useCallback<OnLine>((line, col) => latest.current?.(line, col), []);
  const lines = yaml.replace(/\n$/, '').split('\n');
  return (
    <pre
      aria-label={label}
      className="overflow-auto bg-white p-2 font-mono text-xs leading-5 dark:bg-slate-950"
    >
      <code>
        {lines.map((text, index) => (
          <YamlLine
            key={index}
            text={text}
            index={index}
            onLine={onLine ? stableOnLine : undefined}
          />
        ))}
      </code>
    </pre>
  );
});
