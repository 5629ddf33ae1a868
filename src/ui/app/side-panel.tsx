import { Suspense } from 'react';
import { lazyPart } from '@/ui/components/lazy-part.tsx';
import { PartBoundary } from '@/ui/components/part-boundary.tsx';
import { Tabs } from '@/ui/components/tabs.tsx';
import { sidePanelTabs, type SidePanelTab } from './side-panel-tabs.ts';

// Every panel needs the analysis stages, which load after the first paint, so their code waits too.
const ManifestPreviewPanel = lazyPart(
  async () =>
    (await import('@/ui/features/manifest-preview/manifest-preview-panel.tsx'))
      .ManifestPreviewPanel,
);
const OperatorSettingsPanel = lazyPart(
  async () =>
    (await import('@/ui/features/operator-settings/operator-settings-panel.tsx'))
      .OperatorSettingsPanel,
);
const ScalingLabPanel = lazyPart(
  async () => (await import('@/ui/features/scaling-lab/scaling-lab-panel.tsx')).ScalingLabPanel,
);
const ReleaseOverviewPanel = lazyPart(
  async () =>
    (await import('@/ui/features/release-overview/release-overview-panel.tsx'))
      .ReleaseOverviewPanel,
);
const ExportPanel = lazyPart(
  async () => (await import('@/ui/features/export-panel/export-panel.tsx')).ExportPanel,
);

const labelOf = (tab: SidePanelTab) => sidePanelTabs.find((t) => t.id === tab)?.label ?? tab;

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
        {/* Keyed by tab: a failure in one panel does not follow the user to the next. */}
        <PartBoundary key={active} name={`The ${labelOf(active)} panel`}>
          <Suspense fallback={<p className="p-3 text-sm text-slate-500">Loading…</p>}>
            {active === 'preview' && <ManifestPreviewPanel />}
            {active === 'scaling' && <ScalingLabPanel />}
            {active === 'release' && <ReleaseOverviewPanel />}
            {active === 'operator' && <OperatorSettingsPanel />}
            {active === 'export' && <ExportPanel />}
          </Suspense>
        </PartBoundary>
      </Tabs>
    </aside>
  );
}
