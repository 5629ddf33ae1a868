import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoadFigures {
  firstLoadGzipBytes: number;
  totalGzipBytes: number;
  firstLoadFiles: string[];
  /** Built scripts that still name a test-only global (none may ship). */
  testHookFiles: string[];
}

/** Globals that only tests may define; the e2e suite drives the studio as a person does instead. */
const testHookNames = ['__actorStudio'];

/** The parts of Vite's `.vite/manifest.json` that tell static imports from dynamic ones. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).byteLength;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = join(dir, entry);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** Every file the entry loads before it runs: its own script and styles, and all they import statically. */
function staticClosure(manifest: Record<string, ManifestChunk>): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (chunk === undefined || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...files];
}

/**
 * What the first view needs: index.html, the entry script with everything it imports
 * statically (read from Vite's manifest, so it does not matter whether the HTML names them), and
 * their styles. Dynamic imports (Monaco, its workers, the analyzer, the simulator, zip, the
 * draft reader) load later and count only in the total.
 */
export function measureFirstLoad(distDir: string): FirstLoadFigures {
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const firstLoadFiles = ['index.html', ...staticClosure(manifest)];
  const firstLoadGzipBytes = firstLoadFiles.reduce(
    (sum, file) => sum + gzipSize(join(distDir, file)),
    0,
  );
  const totalGzipBytes = listFiles(distDir)
    .filter((file) => !file.includes(`${join(distDir, '.vite')}`))
    .filter((file) => /\.(html|js|css|ttf|woff2?|svg|json)$/.test(file))
    .reduce((sum, file) => sum + gzipSize(file), 0);
  const testHookFiles = listFiles(distDir)
    .filter((file) => file.endsWith('.js'))
    .filter((file) => {
      const code = readFileSync(file, 'utf8');
      return testHookNames.some((name) => code.includes(name));
    });
  return {
    firstLoadGzipBytes,
    totalGzipBytes,
    firstLoadFiles: firstLoadFiles.map((f) => relative('.', f)),
    testHookFiles: testHookFiles.map((f) => relative(distDir, f)),
  };
}
