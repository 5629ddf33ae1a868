export type SidePanelTab = 'preview' | 'scaling' | 'release' | 'operator' | 'export';

/** The results panel's tabs; apart from the panel, whose code loads after the first paint. */
export const sidePanelTabs = [
  { id: 'preview', label: 'Preview' },
  { id: 'scaling', label: 'Scaling lab' },
  { id: 'release', label: 'Release overview' },
  { id: 'operator', label: 'Operator settings' },
  { id: 'export', label: 'Export' },
] as const;
