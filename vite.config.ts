import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** Only the page's own origin: no eval, no inline script, workers from 'self'. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  // Monaco writes its theme and layout into <style> elements and style attributes at run time.
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The dev server needs inline scripts for hot reload, so the policy is added to built pages only. */
function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicyPlugin()],
  resolve: {
    alias: [
      { find: /^@\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) },
      // monaco-yaml's worker imports Monaco's old deep path, which monaco-editor 0.57's exports map hides.
      {
        find: /^monaco-editor\/esm\/vs\/(.*)$/,
        replacement:
          fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url)) + '$1',
      },
    ],
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 8000,
    modulePreload: { polyfill: false },
    manifest: true,
  },
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // Builds dist-cli/ once per run: the CLI tests spawn the bundle users run.
    globalSetup: ['./scripts/build-cli.mjs'],
  },
});
