/** Largest values file the studio opens; far beyond any real values file, small enough to stay responsive. */
export const maxValuesFileBytes = 5 * 1024 * 1024;

export type DecodedTextFile = { ok: true; text: string } | { ok: false; message: string };

/** Strict UTF-8 decoding (throws on invalid bytes), injected so the core needs no platform API. */
export type StrictUtf8Decoder = (bytes: Uint8Array) => string;

/**
 * Turns the bytes of an opened file into editor text, refusing what Helm would refuse or
 * what cannot be a values file (binary, NUL bytes, invalid UTF-8), with the place of the fault.
 */
export function decodeTextFile(
  bytes: Uint8Array,
  fileName: string,
  decode: StrictUtf8Decoder,
): DecodedTextFile {
  if (bytes.byteLength > maxValuesFileBytes) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      message: `${fileName} is ${mb} MB; values files over 5 MB are not opened. Split it or remove generated content.`,
    };
  }
  let text: string;
  try {
    text = decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes, decode);
    return {
      ok: false,
      message: `${fileName} is not valid UTF-8 (first bad byte at offset ${offset}). Save it as UTF-8 and open it again.`,
    };
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    return {
      ok: false,
      message: `${fileName} contains a NUL byte on line ${line}: it looks like a binary file, not YAML.`,
    };
  }
  // A byte-order mark is invisible in the editor and Helm ignores it too.
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

function firstInvalidUtf8Offset(bytes: Uint8Array, decode: StrictUtf8Decoder): number {
  let low = 0;
  let high = bytes.byteLength;
  // Binary search for the shortest prefix that fails to decode (a cut inside a valid sequence also fails, so step back).
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      decode(bytes.subarray(0, mid + 1));
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}
