import { lazy, Suspense } from 'react';
import { Tabs } from '@/ui/components/tabs.tsx';

// Every panel needs the analysis stages, which load after the first paint, so their code waits too.
const ManifestPreviewPanel = lazy(async () => ({
  default: (await import('@/ui/features/manifest-preview/manifest-preview-panel.tsx'))
    .ManifestPreviewPanel,
}));
const OperatorSettingsPanel = lazy(async () => ({
  default: (await import('@/ui/features/operator-settings/operator-settings-panel.tsx'))
    .OperatorSettingsPanel,
}));
const ScalingLabPanel = lazy(async () => ({
  default: (await import('@/ui/features/scaling-lab/scaling-lab-panel.tsx')).ScalingLabPanel,
}));
const ReleaseOverviewPanel = lazy(async () => ({
  default: (await import('@/ui/features/release-overview/release-overview-panel.tsx'))
    .ReleaseOverviewPanel,
}));
const ExportPanel = lazy(async () => ({
  default: (await import('@/ui/features/export-panel/export-panel.tsx')).ExportPanel,
}));

export type SidePanelTab = 'preview' | 'scaling' | 'release' | 'operator' | 'export';

export const sidePanelTabs = [
  { id: 'preview', label: 'Preview' },
  { id: 'scaling', label: 'Scaling lab' },
  { id: 'release', label: 'Release overview' },
  { id: 'operator', label: 'Operator settings' },
  { id: 'export', label: 'Export' },
] as const;

/** The right-hand side: what the cluster makes of the values, the operator's configuration, and export. */
export function SidePanel({
  active,
  onChange,
}: {
  active: SidePanelTab;
  onChange: (tab: SidePanelTab) => void;
}) {
  return (
    <aside aria-label="Results" className="flex min-h-0 flex-col bg-white dark:bg-slate-950">
      <Tabs
        label="Results"
        tabs={sidePanelTabs}
        active={active}
        onChange={(id) => onChange(id as SidePanelTab)}
        className="h-full"
      >
        <Suspense fallback={<p className="p-3 text-sm text-slate-500">Loading…</p>}>
          {active === 'preview' && <ManifestPreviewPanel />}
          {active === 'scaling' && <ScalingLabPanel />}
          {active === 'release' && <ReleaseOverviewPanel />}
          {active === 'operator' && <OperatorSettingsPanel />}
          {active === 'export' && <ExportPanel />}
        </Suspense>
      </Tabs>
    </aside>
  );
}
