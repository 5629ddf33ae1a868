import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';
import { helmScalarTags } from './helm-scalar-tags.ts';

/**
 * How many alias expansions one document may make. The `yaml` default (100) is kept: it bounds
 * "billion laughs" documents, and values files have no reason to use more aliases than that.
 */
export const MAX_ALIAS_COUNT = 100;

/**
 * The one set of parse options: the values are read the way Helm reads them (go-yaml v2 under
 * sigs.k8s.io/yaml: YAML 1.1 structure and merge keys, go-yaml's own scalar resolution, see
 * `helmScalarTags`). Duplicate keys are checked by our own linear pass: the library's check is
 * quadratic on large maps.
 */
export const valuesParseOptions: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  merge: true,
  uniqueKeys: false,
  prettyErrors: false,
  customTags: helmScalarTags,
};
