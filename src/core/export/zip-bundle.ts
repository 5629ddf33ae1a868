import { strToU8, zipSync, type ZipOptions } from 'fflate';
import type { ExportArtifact } from './export-artifacts.ts';

/** Packs artifacts into one zip; a fixed timestamp keeps the bytes the same for the same content. */
export function zipArtifacts(artifacts: readonly ExportArtifact[], folder: string): Uint8Array {
  const mtime = new Date('2025-01-01T00:00:00Z');
  const entries = Object.fromEntries(
    artifacts.map((a) => [
      `${folder}/${a.filename}`,
      [strToU8(a.content), { mtime }] as [Uint8Array, ZipOptions],
    ]),
  );
  return zipSync(entries, { level: 6 });
}
