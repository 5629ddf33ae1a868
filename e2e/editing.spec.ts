import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures.ts';
import { editorText, formField, openStudio, pasteIntoEditor } from './support/studio.ts';

const commented = readFileSync(
  new URL('./fixtures/commented-values.yaml', import.meta.url),
  'utf8',
);

test('a form edit changes only that value and keeps comments, blank lines and order', async ({
  studio: page,
}) => {
  await openStudio(page);
  await pasteIntoEditor(page, commented);
  await expect(formField(page, 'scaling.minReplicas')).toHaveValue('1');

  await formField(page, 'scaling.minReplicas').fill('3');

  await expect
    .poll(() => editorText(page))
    .toBe(
      commented.replace('minReplicas: 1 # keep one warm pod', 'minReplicas: 3 # keep one warm pod'),
    );
});

test('typing in the YAML editor updates the form', async ({ studio: page }) => {
  await openStudio(page);
  await pasteIntoEditor(page, commented);
  await expect(formField(page, 'name')).toHaveValue('nlp-actor');
  await pasteIntoEditor(page, commented.replace('name: nlp-actor', 'name: vision-actor'));
  await expect(formField(page, 'name')).toHaveValue('vision-actor');
  await expect(formField(page, 'workload.template.spec.containers.0.image')).toHaveValue(
    'my-registry.io/nlp-model:v1.0',
  );
});

test('broken YAML shows a banner and a located problem, keeps the text, and locks the form', async ({
  studio: page,
}) => {
  await openStudio(page);
  await pasteIntoEditor(page, commented);
  const broken = commented.replace('  maxReplicas: 20', '  maxReplicas: [20');
  await pasteIntoEditor(page, broken);

  await expect(
    page.getByRole('status').filter({ hasText: 'YAML syntax error at line' }),
  ).toBeVisible();
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems.getByRole('button').first()).toContainText(/\d+:\d+/);
  await expect(formField(page, 'scaling.minReplicas')).toHaveValue('1');
  await expect(formField(page, 'scaling.minReplicas')).toHaveAttribute('readonly', '');
  expect(await editorText(page)).toBe(broken);
});

test('a schema problem is listed with its line, and choosing it moves the cursor and focuses the field', async ({
  studio: page,
}) => {
  await openStudio(page);
  await pasteIntoEditor(page, commented.replace('maxReplicas: 20', 'maxReplicas: 0'));
  const problem = page
    .getByRole('region', { name: 'Problems' })
    .getByRole('button', { name: /· scaling\.maxReplicas$/ })
    .first();
  await expect(problem).toContainText('9:');
  await problem.click();
  await expect(formField(page, 'scaling.maxReplicas')).toBeFocused();
});

test('every example in "New from example" loads', async ({ studio: page }) => {
  await openStudio(page);
  await page.getByRole('button', { name: 'New from example' }).click();
  const items = page.getByRole('menuitem');
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(8);
  const names = await items.allTextContents();
  await page.keyboard.press('Escape');
  for (let i = 0; i < count; i++) {
    await page.getByRole('button', { name: 'New from example' }).click();
    await page.getByRole('menuitem').nth(i).click();
    const text = await editorText(page);
    expect(text.length, names[i]).toBeGreaterThan(20);
    await expect(page.getByRole('status').filter({ hasText: 'YAML syntax error' })).toHaveCount(0);
  }
});

test('open a values file, then download it byte for byte', async ({ studio: page }) => {
  await openStudio(page);
  await page
    .getByLabel('Open values file')
    .setInputFiles({ name: 'mine.yaml', mimeType: 'text/yaml', buffer: Buffer.from(commented) });
  await expect.poll(() => editorText(page)).toBe(commented);
  await expect(formField(page, 'name')).toHaveValue('nlp-actor');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download values.yaml' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('values.yaml');
  const path = await download.path();
  expect(readFileSync(path, 'utf8')).toBe(await editorText(page));
});

test('a binary file is refused with a message and the text is kept', async ({ studio: page }) => {
  await openStudio(page);
  const before = await editorText(page);
  await page.getByLabel('Open values file').setInputFiles({
    name: 'blob.bin',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('name: a\n\0\n'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'blob.bin' })).toContainText(
    'NUL byte on line 2',
  );
  expect(await editorText(page)).toBe(before);
});
