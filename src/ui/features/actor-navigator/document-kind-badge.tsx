import type { DocumentKind } from '@/core/release/index.ts';

const kindLabels: Record<DocumentKind, string> = {
  'single-actor': 'single-actor values',
  'actors-list': 'asya-actor values · actors: list',
  helmfile: 'helmfile · releases',
};

/** Says which of the three documents the studio recognised in the text. */
export function DocumentKindBadge({ kind, actors }: { kind: DocumentKind; actors: number }) {
  return (
    <span
      data-testid="document-kind"
      className="rounded bg-slate-100 px-1.5 py-0.5 text-[11px] font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-200"
    >
      values.yaml: {kindLabels[kind]}
      {kind === 'single-actor' ? '' : ` (${actors} actor${actors === 1 ? '' : 's'})`}
    </span>
  );
}
