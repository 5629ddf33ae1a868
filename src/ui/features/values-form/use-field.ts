import { useCallback, useMemo } from 'react';
import { effectiveDefault } from '@/core/chart/chart-profile.ts';
import {
  formatValuesPath,
  parseValuesPath,
  type Diagnostic,
  type ValuesPath,
} from '@/core/diagnostics/index.ts';
import { valueAtPath } from '@/core/document/values-equal.ts';
import { formFieldDescription } from '@/core/schema/form-field-table.ts';
import { inheritedFrom } from '@/core/release/actor-slice.ts';
import { selectedDocumentPath, selectedSlice } from '@/ui/state/selected-actor.ts';
import { useStudioSlice, useStudioStore } from '@/ui/state/studio-context.tsx';
import { diagnosticsByPath } from './diagnostics-by-path.ts';
import { useFormHelp } from './use-form-help.ts';

const noDiagnostics: Diagnostic[] = [];

/**
 * Everything one form control needs about its path inside the selected actor: value, default,
 * description, problems, where an inherited value comes from, and setters. `dotted` is the
 * path in the whole document (`actors.1.scaling.maxReplicas`).
 */
export function useField(path: ValuesPath) {
  const { actions, store } = useStudioStore();
  const relative = formatValuesPath(path);
  const dotted = useStudioSlice((s) => formatValuesPath(selectedDocumentPath(s, path)));
  const full = useMemo(() => parseValuesPath(dotted), [dotted]);
  const value = useStudioSlice((s) => valueAtPath(s.derived.values, full).value);
  const locked = useStudioSlice((s) => s.derived.formLocked);
  const profile = useStudioSlice((s) => selectedSlice(s)?.profile ?? s.profile);
  const help = useFormHelp();
  const origin = useStudioSlice((s) => {
    const slice = selectedSlice(s);
    return slice && s.derived.split.kind !== 'single-actor'
      ? inheritedFrom(slice, path)
      : undefined;
  });
  const diagnostics = useStudioSlice(
    (s) => diagnosticsByPath(s.derived.diagnostics).get(dotted) ?? noDiagnostics,
  );
  const set = useCallback((next: unknown) => actions.setValue(full, next), [actions, full]);
  /** A path below this field (a map key, a list item), as a document path. */
  const at = useCallback(
    (below: ValuesPath) => selectedDocumentPath(store.getState(), below),
    [store],
  );
  /** Copies the inherited top-level block into the actor's own values, so edits stay with it. */
  const override = useCallback(() => {
    const slice = selectedSlice(store.getState());
    const [head] = path;
    if (!slice || head === undefined) return;
    actions.setValue([...slice.prefix, head], (slice.values as Record<string, unknown>)[head]);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `relative` identifies the path
  }, [actions, store, relative]);
  return {
    dotted,
    value,
    locked,
    diagnostics,
    origin,
    description: formFieldDescription(path, help),
    defaultValue: effectiveDefault(profile, path),
    set,
    at,
    override,
  };
}
