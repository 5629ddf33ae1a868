import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures.ts';
import { editorText, formField, openStudio, pasteIntoEditor } from './support/studio.ts';

const corpus = (name: string) => readFileSync(new URL(`../corpus/hostile/${name}`, import.meta.url), 'utf8');

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

for (const name of pasted) {
  test(`pasting ${name}: page alive, text kept, problem shown`, async ({ studio: page }) => {
    const text = corpus(name);
    await openStudio(page);
    await pasteIntoEditor(page, text);
    await expect.poll(() => editorText(page)).toBe(text);
    const problems = page.getByRole('region', { name: 'Problems' });
    await expect(problems.getByRole('button').filter({ hasText: /\d+:\d+/ }).first()).toBeVisible();
    // Still usable: the form is there, and the editor takes the next paste.
    await expect(formField(page, 'name')).toBeVisible();
    await pasteIntoEditor(page, 'name: recovered\n');
    await expect(formField(page, 'name')).toHaveValue('recovered');
  });
}

test('a 5 MB file opens, keeps its text and shows its problems', async ({ studio: page }) => {
  test.slow();
  const lines = ['name: big-actor', 'transport: rabbitmq', 'labels:'];
  for (let i = 0; lines.join('\n').length < 5 * 1024 * 1024; i += 1000) {
    for (let j = i; j < i + 1000; j++) lines.push(`  label-${j}: "value number ${j} for a five megabyte file"`);
  }
  const text = `${lines.join('\n')}\n`;
  await openStudio(page);
  await page.getByLabel('Open values file').setInputFiles({ name: 'big.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
  await expect.poll(() => editorText(page), { timeout: 120_000 }).toBe(text);
  await expect(page.getByRole('region', { name: 'Problems' }).getByRole('button').first()).toBeVisible({ timeout: 120_000 });
});

for (const name of ['nul-byte.yaml', 'invalid-utf8.yaml']) {
  test(`opening ${name} is refused with a message, and the text is kept`, async ({ studio: page }) => {
    await openStudio(page);
    const before = await editorText(page);
    const buffer = readFileSync(new URL(`../corpus/hostile/${name}`, import.meta.url));
    await page.getByLabel('Open values file').setInputFiles({ name, mimeType: 'text/yaml', buffer });
    await expect(page.getByRole('alert').filter({ hasText: name })).toBeVisible();
    expect(await editorText(page)).toBe(before);
  });
}
