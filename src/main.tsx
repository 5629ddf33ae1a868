import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as zodConfig } from 'zod/v4/core';
import { App } from '@/ui/app/app.tsx';
import './index.css';

// zod probes for eval with `Function('')`; the CSP forbids eval, so every probe is a reported violation.
zodConfig({ jitless: true });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
