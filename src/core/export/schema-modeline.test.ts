import { describe, expect, it } from 'vitest';
import { withSchemaModeline } from './schema-modeline.ts';

describe('withSchemaModeline', () => {
  it('adds the line on top and keeps the text byte for byte', () => {
    expect(withSchemaModeline('# my actor\nname: demo\n')).toBe(
      '# yaml-language-server: $schema=./values.schema.json\n# my actor\nname: demo\n',
    );
  });

  it('replaces an existing schema line instead of stacking a second one', () => {
    const once = withSchemaModeline('name: demo\n', 'old.json');
    expect(withSchemaModeline(once)).toBe(
      '# yaml-language-server: $schema=./values.schema.json\nname: demo\n',
    );
  });
});
