import type { Diagnostic } from '@/core/diagnostics/index.ts';

/** What a chart profile renders: one AsyncActor, or the template error that stops helm. */
export interface ChartRender {
  asyncActor?: Record<string, unknown>;
  error?: string;
  diagnostics: Diagnostic[];
}
