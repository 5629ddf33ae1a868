import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserLocalStorage, createDraftStorage } from '@/io/draft-storage.ts';
import { App } from '@/ui/app/app.tsx';
import './index.css';

// zod probes for eval with `Function('')`; the CSP forbids eval, so every probe is a reported
// violation. zod keeps its settings in this global object (shared by every copy of zod on the page)
// and adopts one that exists, so seeding it keeps zod itself out of the first load; zod arrives
// later with the lazy chunks. The security e2e test fails on any CSP violation if this stops working.
(globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig = {
  jitless: true,
};

const root = document.getElementById('root');
if (root) {
  // The values reader (the YAML document model) starts loading now, beside the draft: the first
  // paint shows the studio without it, and the form fills in when it arrives.
  const importReader = () =>
    import('@/core/document/parse-values-text.ts').then((m) => m.parseValuesText);
  let early: ReturnType<typeof importReader> | undefined = importReader();
  // The first call takes the import already under way; a retry imports again.
  const loadReader = () => {
    const attempt = early ?? importReader();
    early = undefined;
    return attempt;
  };
  const drafts = createDraftStorage(browserLocalStorage());
  // The draft is read before the first render, so a returning user never sees the example flash by.
  // Not a top-level await: that would keep the bundler from sharing this chunk with lazy ones.
  void drafts.load().then((loaded) =>
    createRoot(root).render(
      <StrictMode>
        <App boot={{ drafts, loaded, loadReader }} />
      </StrictMode>,
    ),
  );
}
