import { stringify } from 'yaml';

/** Objects as multi-document YAML, the way `helm template` prints them (`---` before each; empty values blank). */
export function manifestsToYaml(objects: readonly unknown[]): string {
  return objects
    .map(
      (object) =>
        `---\n${stringify(object, { lineWidth: 0, nullStr: '', aliasDuplicateObjects: false })}`,
    )
    .join('');
}
