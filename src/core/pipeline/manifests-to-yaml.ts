import { stringify } from 'yaml';

/** Objects as multi-document YAML, the way `helm template` prints them: `---` before each, empty values blank, lists not indented under their key. */
export function manifestsToYaml(objects: readonly unknown[]): string {
  return objects
    .map(
      (object) =>
        `---\n${stringify(object, { lineWidth: 0, nullStr: '', aliasDuplicateObjects: false, indentSeq: false })}`,
    )
    .join('');
}
