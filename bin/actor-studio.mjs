#!/usr/bin/env node
// Runs the bundled CLI (plain JavaScript) that `npm install` (prepare) and `npm run build` write
// to dist-cli/: no TypeScript is transpiled at run time.
import { existsSync } from 'node:fs';

const cli = new URL('../dist-cli/actor-studio.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('actor-studio: the CLI is not built yet: run "npm run build:cli"\n');
  process.exit(1);
}
await import(cli.href);
