import { describe, expect, it } from 'vitest';
import { formatValuesPath } from '../diagnostics/diagnostic.ts';
import { formEntryPaths, formItemLabel, formSections, type FormList } from './form-sections.ts';

const lists = formEntryPaths().flatMap(({ entry }) => (entry.kind === 'list' ? [entry] : []));
const list = (noun: string): FormList => {
  const found = lists.find((l) => l.itemNoun === noun);
  if (!found) throw new Error(`no list of ${noun}`);
  return found;
};

describe('formSections', () => {
  it('shows each path once, so each control has its own data-path', () => {
    const dotted = formEntryPaths().map(({ path }) => formatValuesPath(path));
    expect(new Set(dotted).size).toBe(dotted.length);
    expect(new Set(formSections.map((s) => s.id)).size).toBe(formSections.length);
  });

  it('shows the chart name override with the actor', () => {
    const actor = formSections.find((s) => s.id === 'actor');
    expect(actor?.entries.map((e) => formatValuesPath(e.path))).toContain('nameOverride');
  });
});

describe('formItemLabel', () => {
  it('names an item by its name, key or metadata name', () => {
    expect(formItemLabel(list('variable'), { name: 'ASYA_HANDLER' }, 0)).toBe('ASYA_HANDLER');
    expect(formItemLabel(list('toleration'), { key: 'nvidia.com/gpu' }, 0)).toBe('nvidia.com/gpu');
    expect(formItemLabel(list('claim template'), { metadata: { name: 'data' } }, 0)).toBe('data');
  });

  it('falls back to the list pattern with the position from 1', () => {
    expect(formItemLabel(list('container'), { image: 'x' }, 1)).toBe('container 2');
    expect(formItemLabel(list('port'), { name: '' }, 0)).toBe('#1');
    expect(formItemLabel(list('volume'), null, 2)).toBe('#3');
  });
});
