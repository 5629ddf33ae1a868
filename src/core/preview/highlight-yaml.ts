/** A piece of one YAML line with its role, for read-only highlighting. */
export interface YamlToken {
  text: string;
  kind: 'key' | 'punctuation' | 'string' | 'number' | 'boolean' | 'null' | 'comment' | 'plain';
}

const scalarKind = (value: string): YamlToken['kind'] => {
  const v = value.trim();
  if (/^(["']).*\1$/.test(v)) return 'string';
  if (/^-?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/.test(v)) return 'number';
  if (/^(true|false)$/.test(v)) return 'boolean';
  if (/^(null|~)?$/.test(v)) return 'null';
  return 'plain';
};

/**
 * Splits one line of block YAML (as `yaml.stringify` writes it) into tokens. Only for display:
 * it never decides what a value means.
 */
export function highlightYamlLine(line: string): YamlToken[] {
  const tokens: YamlToken[] = [];
  const comment = /^\s*#/.test(line) ? 0 : line.search(/\s#/);
  const body = comment >= 0 ? line.slice(0, comment) : line;
  const match = /^(\s*(?:- )*)((?:"[^"]*"|'[^']*'|[^\s:"'][^:]*?))(:)(\s|$)(.*)$/.exec(body);
  if (match) {
    const [, indent = '', key = '', colon = '', space = '', rest = ''] = match;
    tokens.push(
      { text: indent, kind: 'punctuation' },
      { text: key, kind: 'key' },
      { text: colon + space, kind: 'punctuation' },
    );
    if (rest) tokens.push({ text: rest, kind: scalarKind(rest) });
  } else {
    const item = /^(\s*(?:- )*)(.*)$/.exec(body);
    tokens.push({ text: item?.[1] ?? '', kind: 'punctuation' });
    if (item?.[2]) tokens.push({ text: item[2], kind: scalarKind(item[2]) });
  }
  if (comment >= 0) tokens.push({ text: line.slice(comment), kind: 'comment' });
  return tokens.filter((t) => t.text !== '');
}
