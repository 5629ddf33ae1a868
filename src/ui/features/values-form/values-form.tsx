import { memo, useEffect, useRef } from 'react';
import { formatValuesPath, type ValuesPath } from '@/core/diagnostics/index.ts';
import { formSections, type FormEntry } from '@/core/schema/form-sections.ts';
import { useStudioSlice } from '@/ui/state/studio-context.tsx';
import { MapField } from './map-field.tsx';
import { ObjectListField } from './object-list-field.tsx';
import { ScalarField } from './scalar-field.tsx';

interface EntriesProps {
  entries: readonly FormEntry[];
  base: ValuesPath;
  compact: boolean;
}

/** The controls of some entries of `formSections`, their paths taken from `base` (a list item, or the root). */
function EntriesView({ entries, base, compact }: EntriesProps) {
  return entries.map((entry) => {
    const path = [...base, ...entry.path];
    const key = formatValuesPath(entry.path);
    switch (entry.kind) {
      case 'field':
        return <ScalarField key={key} path={path} compact={compact} />;
      case 'map':
        return (
          <MapField
            key={key}
            path={path}
            title={entry.title}
            keyPlaceholder={entry.keyPlaceholder}
          />
        );
      case 'list':
        return (
          <ObjectListField
            key={key}
            path={path}
            list={entry}
            renderItem={(itemPath) => (
              <Entries entries={entry.item} base={itemPath} compact={!entry.itemHelp} />
            )}
          />
        );
    }
  });
}

/**
 * Each control follows its own value, so a list re-rendering (one container changed) need not
 * re-render the controls of its items: they are the same entries at the same path.
 */
const Entries = memo(
  EntriesView,
  (a, b) =>
    a.entries === b.entries &&
    a.compact === b.compact &&
    formatValuesPath(a.base) === formatValuesPath(b.base),
);

/** The values form: every documented value, each control an edit of the one YAML document. */
export function ValuesForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const reveal = useStudioSlice((s) => s.reveal);
  const read = useStudioSlice((s) => s.derived.parsed !== undefined);

  useEffect(() => {
    if (!reveal || !formRef.current) return;
    // Focus the field of the path, or of its nearest ancestor that has a control.
    for (let length = reveal.path.length; length > 0; length--) {
      const dotted = formatValuesPath(reveal.path.slice(0, length));
      const control = formRef.current.querySelector<HTMLElement>(
        `[data-path="${CSS.escape(dotted)}"]`,
      );
      if (control) {
        control.closest('details')?.setAttribute('open', '');
        control.scrollIntoView({ block: 'center' });
        control.focus({ preventScroll: true });
        return;
      }
    }
  }, [reveal, read]);

  // Without the reader the form has no values to show, and empty fields would look like empty values.
  if (!read)
    return (
      <p role="status" className="p-3 text-sm text-slate-500">
        Reading the values…
      </p>
    );
  return (
    <form
      ref={formRef}
      aria-label="Values form"
      data-values-form
      className="min-h-0 overflow-y-auto bg-white dark:bg-slate-950"
      onSubmit={(e) => e.preventDefault()}
    >
      {formSections.map((section) => (
        <details
          key={section.id}
          open={section.open}
          className="border-b border-slate-200 px-3 py-2 dark:border-slate-700"
        >
          <summary className="cursor-pointer select-none py-1 text-sm font-semibold">
            {section.title}
          </summary>
          <div className="pt-1">
            <Entries entries={section.entries} base={[]} compact={false} />
          </div>
        </details>
      ))}
    </form>
  );
}
