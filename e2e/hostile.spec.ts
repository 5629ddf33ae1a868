import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures.ts';
import { editorText, formField, openStudio, pasteIntoEditor } from './support/studio.ts';

const corpus = (name: string) =>
  readFileSync(new URL(`../corpus/hostile/${name}`, import.meta.url), 'utf8');

/** Corpus inputs pasted into the editor: each must leave the page working, the text as pasted, and a located problem. */
const pasted = [
  'syntax-unclosed-flow.yaml',
  'syntax-bad-indentation.yaml',
  'syntax-unclosed-quote.yaml',
  'tabs-indentation.yaml',
  'duplicate-keys.yaml',
  'multiple-documents.yaml',
  'alias-bomb.yaml',
  'deep-nesting-flow.yaml',
  'yaml11-traps.yaml',
  'custom-tags.yaml',
  'prototype-keys.yaml',
  'wrong-types.yaml',
  'wrong-types-root.yaml',
  'formula-property-access.yaml',
  'formula-long.yaml',
];

// One page for the whole corpus (each input in its own step): every paste follows the last, so
// the page must also recover from each one, and Monaco loads once instead of fifteen times.
test('pasting each hostile input: page alive, text kept, problem shown, then recovers', async ({
  studio: page,
}) => {
  test.setTimeout(180_000);
  await openStudio(page);
  for (const name of pasted) {
    await test.step(name, async () => {
      const text = corpus(name);
      await pasteIntoEditor(page, text);
      await expect.poll(() => editorText(page)).toBe(text);
      const problems = page.getByRole('region', { name: 'Problems' });
      await expect(
        problems
          .getByRole('button')
          .filter({ hasText: /\d+:\d+/ })
          .first(),
      ).toBeVisible();
      // Still usable: the form is there, and the editor takes the next paste.
      await expect(formField(page, 'name')).toBeVisible();
      await pasteIntoEditor(page, 'name: recovered\n');
      await expect(formField(page, 'name')).toHaveValue('recovered');
    });
  }
});

test('a file over 5 MB is refused with a message, and the text is kept', async ({
  studio: page,
}) => {
  const lines = ['name: big-actor', 'transport: rabbitmq', 'labels:'];
  for (let size = 0, i = 0; size <= 5 * 1024 * 1024; i++) {
    const line = `  label-${i}: "value number ${i} for a five megabyte file"`;
    lines.push(line);
    size += line.length + 1;
  }
  await openStudio(page);
  const before = await editorText(page);
  await page.getByLabel('Open values file').setInputFiles({
    name: 'big.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(`${lines.join('\n')}\n`),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'big.yaml' })).toContainText('MB');
  expect(await editorText(page)).toBe(before);
});

for (const name of ['nul-byte.yaml', 'invalid-utf8.yaml']) {
  test(`opening ${name} is refused with a message, and the text is kept`, async ({
    studio: page,
  }) => {
    await openStudio(page);
    const before = await editorText(page);
    const buffer = readFileSync(new URL(`../corpus/hostile/${name}`, import.meta.url));
    await page
      .getByLabel('Open values file')
      .setInputFiles({ name, mimeType: 'text/yaml', buffer });
    await expect(page.getByRole('alert').filter({ hasText: name })).toBeVisible();
    expect(await editorText(page)).toBe(before);
  });
}
