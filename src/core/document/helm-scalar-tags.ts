import type { ScalarTag, Tags } from 'yaml';
import { helmReadsAsNonString, resolvePlainScalar, type GoScalarKind } from './go-yaml-resolve.ts';

const yamlTag = 'tag:yaml.org,2002:';

/**
 * The `yaml` library picks the tag of a plain scalar with `tag.test.test(text)`. Which plain
 * scalars Helm reads as non-strings depends on integer ranges that no pattern expresses, so the
 * test asks go-yaml v2's resolution itself.
 */
class HelmReadsAsNonString extends RegExp {
  constructor() {
    super('(?:)');
  }
  override test(text: string): boolean {
    return helmReadsAsNonString(text);
  }
}

/**
 * Every plain scalar whose Helm reading is not a string. A private tag name: it is never written
 * out, and it must not be the string tag, which the library skips when deciding whether a string
 * needs quotes.
 */
const helmPlainScalar: ScalarTag = {
  tag: 'tag:actor-studio,2025:helm-plain',
  default: true,
  test: new HelmReadsAsNonString(),
  resolve: (text) => resolvePlainScalar(text).value,
};

/** `!!int 5`, `!!float 5`, `!!bool yes`, `!!null ~`: go-yaml v2 resolves, then insists on the tag. */
const explicitKinds: Record<string, GoScalarKind> = {
  [`${yamlTag}int`]: 'int',
  [`${yamlTag}float`]: 'float',
  [`${yamlTag}bool`]: 'bool',
  [`${yamlTag}null`]: 'null',
};

function resolveExplicit(kind: GoScalarKind): ScalarTag['resolve'] {
  return (text, onError) => {
    const resolved = resolvePlainScalar(text);
    // goyaml.v2/resolve.go: an integer is accepted as a !!float; any other mismatch fails.
    if (resolved.kind === kind || (kind === 'float' && resolved.kind === 'int'))
      return resolved.value;
    onError(`cannot decode !!${resolved.kind} \`${text}\` as a !!${kind}`);
    return text;
  };
}

/**
 * The schema's tags with scalar resolution replaced by Helm's: the library's own YAML 1.1 scalar
 * tags stay for writing values out, but never decide what a scalar is. Timestamps are dropped:
 * go-yaml v2 keeps timestamp-looking values as strings when it decodes into a plain map.
 */
export function helmScalarTags(tags: Tags): Tags {
  const kept = tags.flatMap((tag) => {
    if (typeof tag === 'string' || tag.collection !== undefined || tag.test === undefined)
      return [tag];
    if (tag.tag === `${yamlTag}timestamp`) return [];
    const kind = explicitKinds[tag.tag];
    if (kind !== undefined)
      return [{ ...tag, default: false, test: undefined, resolve: resolveExplicit(kind) }];
    // The merge key (`<<`) is decided by the library, as by go-yaml v2, only at key positions.
    return [tag.default === 'key' ? tag : { ...tag, default: false }];
  });
  return [helmPlainScalar, ...kept];
}
