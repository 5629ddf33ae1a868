import { describe, expect, it } from 'vitest';
import { defaultExample } from './default-example.ts';
import { loadReadmeExample } from './load-readme-example.ts';
import { defaultExampleId, readmeExampleTitles } from './readme-example-titles.ts';
import { readmeExamples } from './readme-examples.ts';

describe('loadReadmeExample', () => {
  it.each(readmeExampleTitles)('loads $id as it is in readmeExamples', async ({ id }) => {
    expect(await loadReadmeExample(id)).toEqual(readmeExamples.find((e) => e.id === id));
  });

  it('gives the default example without loading the others', async () => {
    expect(defaultExample.id).toBe(defaultExampleId);
    expect(await loadReadmeExample(defaultExampleId)).toBe(defaultExample);
  });

  it('gives undefined for an id no example has', async () => {
    expect(await loadReadmeExample('no-such-example')).toBeUndefined();
  });
});

describe('readmeExampleTitles', () => {
  it('lists every example, in the order and with the titles of readmeExamples', () => {
    expect(readmeExampleTitles.map(({ id, title }) => ({ id, title }))).toEqual(
      readmeExamples.map(({ id, title }) => ({ id, title })),
    );
  });
});
