import { objectYaml } from './object-yaml.ts';

/** Objects as multi-document YAML, the way `helm template` prints them: `---` before each, empty values blank, lists not indented under their key. */
export function manifestsToYaml(objects: readonly unknown[]): string {
  return objects.map((object) => `---\n${objectYaml(object)}`).join('');
}
