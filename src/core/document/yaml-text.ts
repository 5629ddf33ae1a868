import { parseAllDocuments, parseDocument, stringify, type Document } from 'yaml';
import { decodeAsHelm } from './helm-values.ts';
import { MAX_ALIAS_COUNT, valuesParseOptions } from './yaml-options.ts';

/**
 * The one way the studio reads YAML it does not edit (operator settings, manifests, golden cases,
 * raw template output): the values parse options and Helm's decoding, so every file is read the way
 * Helm reads values. Warnings stay in the result instead of going to the console: the core prints nothing.
 */
const readOptions = {
  ...valuesParseOptions,
  logLevel: 'error',
  maxAliasCount: MAX_ALIAS_COUNT,
} as const;

/** A parsed document's data as go-yaml v2 under sigs.k8s.io/yaml decodes it (Helm, kubectl). */
function decodeDocument(doc: Document): unknown {
  const error = doc.errors[0];
  if (error) throw error;
  const decoded = decodeAsHelm(doc);
  if ('refusal' in decoded) throw new Error(decoded.refusal.message);
  return decoded.values;
}

/** One YAML document as plain data. Throws an Error naming the first problem. */
export function readYaml(text: string): unknown {
  return decodeDocument(parseDocument(text, readOptions));
}

/** Every document of a YAML stream (`---`-separated manifests), in order, empty ones included. */
export function readYamlDocuments(text: string): unknown[] {
  return Array.from(parseAllDocuments(text, readOptions), decodeDocument);
}

/** How `helm template` prints objects: empty values blank, lists not indented under their key. */
const manifestPrintOptions = {
  lineWidth: 0,
  nullStr: '',
  aliasDuplicateObjects: false,
  indentSeq: false,
} as const;

/** A value as `helm template` prints it (the manifests, the preview, golden-case diffs). */
export function printManifestYaml(value: unknown): string {
  return stringify(value, manifestPrintOptions);
}

/** Values as a values.yaml file: nulls written out, shared objects repeated rather than aliased. */
export function printValuesYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
}
