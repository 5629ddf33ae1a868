import { useId, useMemo, useState } from 'react';
import { diffTexts } from '@/core/export/diff-texts.ts';
import {
  diffObjects,
  formatFieldValue,
  objectLabel,
  parseManifestsText,
  type ObjectDiff,
} from '@/core/object-diff/index.ts';
import { cn } from '@/ui/components/cn.ts';

const lineStyle = {
  added: 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  removed: 'bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-200',
  same: 'text-slate-600 dark:text-slate-400',
} as const;
const marker = { added: '+', removed: '-', same: ' ' } as const;
const fieldStyle = { ...lineStyle, changed: 'text-amber-900 dark:text-amber-200' } as const;
const fieldMarker = { added: '+', removed: '-', changed: '~' } as const;

/** Per object, the fields that change: the same core as `actor-studio diff`. */
function ObjectChanges({ objects }: { objects: ObjectDiff[] }) {
  const changed = objects.filter((o) => o.change !== 'unchanged');
  return (
    <ul aria-label="Changed objects" className="mt-2 space-y-1 text-xs">
      {changed.map((object) => (
        <li key={`${object.kind}/${object.namespace ?? ''}/${object.name}`}>
          <details open={changed.length === 1}>
            <summary className="cursor-pointer font-medium">
              {objectLabel(object)}:{' '}
              {object.change === 'changed'
                ? `${object.fields.length} field${object.fields.length === 1 ? '' : 's'} changed`
                : object.change}
            </summary>
            <ul className="mt-1 font-mono">
              {object.fields.map((field) => (
                <li
                  key={`${field.change} ${field.path}`}
                  className={cn('px-2', fieldStyle[field.change])}
                >
                  {fieldMarker[field.change]} {field.path}:{' '}
                  {field.change === 'changed'
                    ? `${formatFieldValue(field.before)} → ${formatFieldValue(field.after)}`
                    : formatFieldValue(field.change === 'added' ? field.after : field.before)}
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}

/** What an edit really changes in the manifests: against the last export, or a pasted earlier version. */
export function ManifestDiff({ current, lastExport }: { current: string; lastExport?: string }) {
  const [pasted, setPasted] = useState('');
  const pasteId = useId();
  const base = pasted.trim() ? pasted : lastExport;
  const diff = useMemo(
    () => (base === undefined ? undefined : diffTexts(base, current)),
    [base, current],
  );
  const objects = useMemo(() => {
    const before = base === undefined ? undefined : parseManifestsText(base);
    const after = parseManifestsText(current);
    return before && after ? diffObjects(before, after) : undefined;
  }, [base, current]);
  return (
    <div>
      <h3 className="mb-2 font-semibold">Diff</h3>
      <label htmlFor={pasteId} className="text-xs font-medium">
        Previous manifests (paste; empty = last export)
      </label>
      <textarea
        id={pasteId}
        value={pasted}
        onChange={(e) => setPasted(e.currentTarget.value)}
        spellCheck={false}
        rows={3}
        className="mt-1 w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
      />
      {!diff ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Download the manifests or the bundle, or paste an earlier version, to compare.
        </p>
      ) : diff.added + diff.removed === 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          No change since {pasted.trim() ? 'the pasted version' : 'the last export'}.
        </p>
      ) : (
        <>
          {objects ? (
            <ObjectChanges objects={objects} />
          ) : (
            <p className="text-xs text-slate-600 dark:text-slate-300">
              The previous manifests do not parse as YAML: only the line diff is shown.
            </p>
          )}
          <p className="mt-2 text-xs">
            <span className="text-emerald-700 dark:text-emerald-400">+{diff.added}</span>{' '}
            <span className="text-red-700 dark:text-red-400">-{diff.removed}</span> lines
          </p>
          <pre
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take the focus so the keyboard can scroll it (axe scrollable-region-focusable)
            tabIndex={0}
            aria-label="Manifest diff"
            className="mt-1 max-h-80 overflow-auto rounded border border-slate-200 font-mono text-xs dark:border-slate-700"
          >
            {diff.lines.map((line, i) => (
              <span key={i} className={cn('block px-2', lineStyle[line.kind])}>
                {marker[line.kind]} {line.text}
              </span>
            ))}
          </pre>
        </>
      )}
    </div>
  );
}
