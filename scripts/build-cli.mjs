// Bundles the CLI into dist-cli/: plain JavaScript, tree-shaken, one chunk per command and per
// heavy part (upstream schemas, the simulator), so a `lint` call starts without transpiling
// TypeScript and loads only what it needs. Dependencies are bundled too: one file to parse
// instead of hundreds to resolve, and the installed package needs no runtime dependencies.
//
// `postinstall` runs it after `npm install`/`npm ci` in a clone (the package itself ships
// dist-cli/ and not this script, so there it does nothing). Not `prepare` or `prepack`: npm
// runs those inside `npm pack` and prints their banners on stdout, which pre-commit's node
// hooks read as the tarball's name (pre-commit languages/node.py, `npm pack` output).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Also vitest's global setup: tests that spawn `bin/actor-studio.mjs` run the current sources. */
export default async function buildCli() {
  rmSync(`${root}dist-cli`, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { 'actor-studio': 'src/cli/main.ts' },
    outdir: 'dist-cli',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'linked',
    chunkNames: 'chunks/[name]-[hash]',
    alias: { '@': './src' },
    // Some bundled CommonJS dependencies call require('process'): give every chunk a real require.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli();
