// Proves the npm package works on its own: packs it, installs the tarball into an empty folder
// with production dependencies only, then lints a file and serves the studio from there.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

// What `prepack` builds: the bundled CLI (fast), and the studio when no build is there yet.
run(process.execPath, ['scripts/build-cli.mjs'], root);
if (!existsSync(join(root, 'dist/index.html')))
  run('npx', ['vite', 'build', '--logLevel', 'error'], root);

const scratch = mkdtempSync(join(tmpdir(), 'actor-studio-package-'));
const [packed] = JSON.parse(
  run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], root),
);
const files = packed.files.map((f) => f.path);
for (const path of files)
  assert.match(
    path,
    /^(bin|dist|dist-cli)\/|^(package\.json|README\.md|\.pre-commit-hooks\.yaml)$|^docs\/[^/]+\.md$/,
    `unexpected file in the package: ${path}`,
  );
assert.ok(files.includes('dist/index.html') && files.includes('dist-cli/actor-studio.js'));
assert.ok(!files.some((f) => /\.test\.|^src\//.test(f)), 'no tests or sources');

const project = join(scratch, 'project');
run('mkdir', ['-p', project]);
writeFileSync(join(project, 'package.json'), '{ "name": "scratch", "private": true }\n');
run(
  'npm',
  ['install', '--omit=dev', '--no-audit', '--no-fund', join(scratch, packed.filename)],
  project,
);
assert.deepEqual(
  readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.')),
  ['actor-studio'],
  'no runtime dependencies',
);

const binary = join(project, 'node_modules/.bin/actor-studio');
writeFileSync(
  join(project, 'values.yaml'),
  'name: demo\nnamespace: team\nworkload:\n  kind: StatefulSet\n  template:\n    spec:\n      containers:\n      - name: asya-runtime\n        image: img:1\n        env:\n        - {name: ASYA_HANDLER, value: h.f}\n',
);
let lint;
try {
  lint = { code: 0, stdout: run(binary, ['lint', 'values.yaml'], project) };
} catch (error) {
  lint = { code: error.status, stdout: error.stdout };
}
assert.equal(lint.code, 1);
assert.match(lint.stdout, /^values\.yaml:4:9: error: operator\/statefulset-not-implemented: /m);

const server = spawn(binary, ['serve', '--port', '0'], { cwd: project });
try {
  const url = await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => {
      const found = /http:\/\/[^/\s]+\//.exec(String(d));
      if (found) resolve(found[0]);
    });
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  const page = await fetch(url);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<div id="root">/);
  assert.equal((await fetch(`${url}..%2fpackage.json`)).status, 404);
} finally {
  server.kill();
}
console.log(
  `package ok: ${packed.filename}, ${files.length} files, ${(packed.size / 1024).toFixed(0)} KB packed; installed with no dependencies, lint and serve run`,
);
