import { useCallback } from 'react';
import { effectiveDefault } from '@/core/chart/chart-profile.ts';
import { formatValuesPath, type Diagnostic, type ValuesPath } from '@/core/diagnostics/index.ts';
import { valueAtPath } from '@/core/document/values-equal.ts';
import { formFieldDescription } from '@/core/schema/form-field-table.ts';
import { useStudioSlice, useStudioStore } from '@/ui/state/studio-context.tsx';
import { diagnosticsByPath } from './diagnostics-by-path.ts';
import { useFormHelp } from './use-form-help.ts';

const noDiagnostics: Diagnostic[] = [];

/** Everything one form control needs about its path: value, default, description, problems, and a setter. */
export function useField(path: ValuesPath) {
  const { actions } = useStudioStore();
  const dotted = formatValuesPath(path);
  const value = useStudioSlice((s) => valueAtPath(s.derived.values, path).value);
  const locked = useStudioSlice((s) => s.derived.formLocked);
  const profile = useStudioSlice((s) => s.profile);
  const help = useFormHelp();
  const diagnostics = useStudioSlice(
    (s) => diagnosticsByPath(s.derived.diagnostics).get(dotted) ?? noDiagnostics,
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `dotted` identifies the path
  const set = useCallback((next: unknown) => actions.setValue(path, next), [actions, dotted]);
  return {
    dotted,
    value,
    locked,
    diagnostics,
    description: formFieldDescription(path, help),
    defaultValue: effectiveDefault(profile, path),
    set,
  };
}
