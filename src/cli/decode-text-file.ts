/**
 * Bytes of a values file to text, the way Helm reads it. Helm's ReadValues hands the bytes to
 * sigs.k8s.io/yaml, whose go-yaml reader picks the encoding from the byte order mark
 * (gopkg.in/yaml.v2 readerc.go, yaml_parser_determine_encoding: UTF-8 BOM, UTF-16LE `FF FE`,
 * UTF-16BE `FE FF`, else UTF-8) and refuses bytes that are not valid in that encoding
 * ("invalid leading UTF-8 octet", "incomplete UTF-16 character"). So a UTF-16 file with a BOM is
 * decoded, and binary input is refused instead of being read with replacement characters.
 */
const encodings = [
  { bom: [0xef, 0xbb, 0xbf], label: 'utf-8' },
  { bom: [0xff, 0xfe], label: 'utf-16le' },
  { bom: [0xfe, 0xff], label: 'utf-16be' },
] as const;

export function decodeTextFile(bytes: Uint8Array): { text: string } | { error: string } {
  const found = encodings.find(({ bom }) => bom.every((b, i) => bytes[i] === b));
  const label = found?.label ?? 'utf-8';
  try {
    const decoder = new TextDecoder(label, { fatal: true, ignoreBOM: false });
    return { text: decoder.decode(bytes) };
  } catch {
    return { error: `is not valid ${label.toUpperCase()} text (Helm refuses it too)` };
  }
}
