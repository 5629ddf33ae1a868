import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureFirstLoad } from './first-load.ts';

/** A dist folder as Vite writes it: the manifest, the page, and the chunks it names. */
function fakeDist(files: Record<string, string>, manifest: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'first-load-'));
  mkdirSync(join(dir, '.vite'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('measureFirstLoad', () => {
  const manifest = {
    'index.html': {
      file: 'assets/entry.js',
      isEntry: true,
      imports: ['_shared.js'],
      css: ['assets/entry.css'],
      dynamicImports: ['lazy.tsx'],
    },
    '_shared.js': { file: 'assets/shared.js' },
    'lazy.tsx': { file: 'assets/lazy.js', isDynamicEntry: true },
  };
  const files = {
    'index.html': '<!doctype html>',
    'assets/entry.js': 'console.log("entry")',
    'assets/entry.css': 'body{}',
    'assets/shared.js': 'export const shared = 1',
    'assets/lazy.js': 'export const lazy = 2',
  };

  it('counts the entry and its static imports, not the dynamic ones', () => {
    const figures = measureFirstLoad(fakeDist(files, manifest));
    expect(figures.firstLoadFiles).toEqual([
      'index.html',
      'assets/entry.js',
      'assets/entry.css',
      'assets/shared.js',
    ]);
    expect(figures.totalGzipBytes).toBeGreaterThan(figures.firstLoadGzipBytes);
  });

  it('names the built scripts that still carry a test hook', () => {
    const clean = measureFirstLoad(fakeDist(files, manifest));
    expect(clean.testHookFiles).toEqual([]);
    const hooked = measureFirstLoad(
      fakeDist({ ...files, 'assets/lazy.js': 'globalThis.__actorStudioEditor = editor' }, manifest),
    );
    expect(hooked.testHookFiles).toEqual(['assets/lazy.js']);
  });
});
