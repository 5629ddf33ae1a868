import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';

/**
 * How many alias expansions one document may make. The `yaml` default (100) is kept: it bounds
 * "billion laughs" documents, and values files have no reason to use more aliases than that.
 */
export const MAX_ALIAS_COUNT = 100;

/**
 * The one set of parse options: the values are read the way Helm reads them (YAML 1.1, with merge
 * keys). Timestamps are dropped from the 1.1 schema because Helm's YAML decoder keeps
 * timestamp-looking values as strings when it decodes into a plain map. Duplicate keys are checked
 * by our own linear pass: the library's check is quadratic on large maps.
 */
export const valuesParseOptions: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  merge: true,
  uniqueKeys: false,
  prettyErrors: false,
  customTags: (tags) =>
    tags.filter((tag) => typeof tag === 'string' || tag.tag !== 'tag:yaml.org,2002:timestamp'),
};
