import { decodeTextFile, type DecodedTextFile } from '@/core/files/decode-text-file.ts';

/** Reads a picked or dropped file as values text, with a message for anything that is not UTF-8 text. */
export async function readValuesFile(file: File): Promise<DecodedTextFile> {
  try {
    const strict = new TextDecoder('utf-8', { fatal: true });
    return decodeTextFile(new Uint8Array(await file.arrayBuffer()), file.name, (bytes) =>
      strict.decode(bytes),
    );
  } catch {
    return { ok: false, message: `${file.name} could not be read.` };
  }
}
