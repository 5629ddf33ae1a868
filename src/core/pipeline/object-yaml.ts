import { printManifestYaml } from '@/core/document/index.ts';
import { isPlainObject } from '@/core/document/plain-objects.ts';

const isNested = (value: unknown): value is Record<string, unknown> | unknown[] =>
  Array.isArray(value) ? value.length > 0 : isPlainObject(value) && Object.keys(value).length > 0;

function indentLines(text: string, prefix: string, firstPrefix = prefix): string {
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((line, i) => (line === '' ? line : `${i === 0 ? firstPrefix : prefix}${line}`))
    .join('\n')
    .concat('\n');
}

/**
 * Printed subtrees by their JSON, kept for two printings: an object printed again after a keystroke
 * reuses every part the keystroke did not change, and nothing older is held.
 */
let current = new Map<string, string>();
let previous = new Map<string, string>();

function print(value: unknown): string {
  if (!isNested(value)) return printManifestYaml(value);
  const json = JSON.stringify(value);
  const known = current.get(json) ?? previous.get(json);
  if (known !== undefined) {
    current.set(json, known);
    return known;
  }
  const printed = Array.isArray(value) ? printList(value) : printMap(value);
  current.set(json, printed);
  return printed;
}

function printList(items: unknown[]): string {
  return items
    .map((item) =>
      isNested(item) ? indentLines(print(item), '  ', '- ') : printManifestYaml([item]),
    )
    .join('');
}

function printMap(map: Record<string, unknown>): string {
  return Object.entries(map)
    .map(([key, value]) => {
      if (!isNested(value)) return printManifestYaml({ [key]: value });
      // The key as the library writes it (quoted where it must be), read off a one-entry map.
      const keyLine = printManifestYaml({ [key]: {} });
      if (!keyLine.endsWith(': {}\n') || keyLine.indexOf('\n') !== keyLine.length - 1)
        return printManifestYaml({ [key]: value });
      const head = `${keyLine.slice(0, -': {}\n'.length)}:\n`;
      return head + (Array.isArray(value) ? print(value) : indentLines(print(value), '  '));
    })
    .join('');
}

/**
 * One object as YAML, exactly as `printManifestYaml` prints it, built
 * from its parts: maps and lists are assembled from their printed entries, and every part that
 * was printed the last time is reused. Re-printing a 2,000-line object after a one-value change
 * prints only the maps and lists on the way to that value.
 */
export function objectYaml(value: unknown): string {
  try {
    return print(value);
  } finally {
    previous = current;
    current = new Map();
  }
}
