import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoadFigures {
  firstLoadGzipBytes: number;
  totalGzipBytes: number;
  firstLoadFiles: string[];
}

const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).byteLength;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = join(dir, entry);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/**
 * What the first view needs: index.html and every script, stylesheet and module preload it
 * names. Dynamic imports (Monaco, its workers, the simulator, zip) are loaded later and count
 * only in the total.
 */
export function measureFirstLoad(distDir: string): FirstLoadFigures {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const firstLoadFiles = ['index.html', ...new Set(referenced)];
  const firstLoadGzipBytes = firstLoadFiles.reduce((sum, file) => sum + gzipSize(join(distDir, file)), 0);
  const totalGzipBytes = listFiles(distDir)
    .filter((file) => /\.(html|js|css|ttf|woff2?|svg|json)$/.test(file))
    .reduce((sum, file) => sum + gzipSize(file), 0);
  return { firstLoadGzipBytes, totalGzipBytes, firstLoadFiles: firstLoadFiles.map((f) => relative('.', f)) };
}
