import { useSyncExternalStore } from 'react';
import type { FormHelpTable } from '@/core/schema/form-field-table.ts';

// The help texts are most of the form's description bytes: they load beside the first paint,
// and every field shows its help once they are here.
let help: FormHelpTable | undefined;
const listeners = new Set<() => void>();
void import('@/core/schema/form-help.json').then(
  (loaded) => {
    help = loaded.default;
    for (const listener of listeners) listener();
  },
  // Without them the form still works; the fields just show no help until a reload.
  () => undefined,
);

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The form's help texts by path pattern; undefined until they have loaded. */
export function useFormHelp(): FormHelpTable | undefined {
  return useSyncExternalStore(subscribe, () => help);
}
