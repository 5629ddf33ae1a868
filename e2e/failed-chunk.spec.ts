import { test, expect } from './support/fixtures.ts';
import { editorText, formField, openStudio } from './support/studio.ts';

// A service worker would answer from its cache and keep the route below from seeing the request.
test.use({ serviceWorkers: 'block' });

test('a chunk that fails to load shows a message with Retry; the form keeps working and Retry brings the editor back', async ({
  studio: page,
}) => {
  const editorChunk = '**/assets/yaml-editor-*.js';
  await page.route(editorChunk, (route) => route.abort('internetdisconnected'));
  await page.goto('/');

  const editorRegion = page.getByRole('region', { name: 'values.yaml' });
  const message = editorRegion.getByRole('alert');
  await expect(message).toContainText('The editor could not be shown');

  // The rest of the studio works: the form edits the text, and the preview follows.
  await formField(page, 'name').fill('offline-actor');
  await expect(page.getByRole('complementary', { name: 'Results' })).toContainText(
    'offline-actor',
    {
      timeout: 30_000,
    },
  );

  await page.unroute(editorChunk);
  await message.getByRole('button', { name: 'Retry' }).click();
  await expect(editorRegion.locator('.view-lines')).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => editorText(page)).toContain('name: offline-actor');
});

test('a results panel that fails to load does not take the editor or the other panels with it', async ({
  studio: page,
}) => {
  const previewChunk = '**/assets/manifest-preview-panel-*.js';
  await page.route(previewChunk, (route) => route.abort('internetdisconnected'));
  await openStudio(page);
  const results = page.getByRole('complementary', { name: 'Results' });
  await expect(results.getByRole('alert')).toContainText('The Preview panel could not be shown');

  await results.getByRole('tab', { name: 'Export' }).click();
  await expect(results.getByRole('alert')).toHaveCount(0);
  await expect(results.getByRole('region', { name: 'Export' })).toBeVisible();
  await formField(page, 'name').fill('still-editing');
  await expect.poll(() => editorText(page)).toContain('name: still-editing');

  await results.getByRole('tab', { name: 'Preview' }).click();
  await expect(results.getByRole('alert')).toBeVisible();
  await page.unroute(previewChunk);
  await results.getByRole('button', { name: 'Retry' }).click();
  await expect(results.getByRole('alert')).toHaveCount(0);
  await expect(results).toContainText('name: still-editing', { timeout: 30_000 });
});

test('a values reader that fails to load: the studio says so with Retry, the text stays editable, Retry fills the form', async ({
  studio: page,
}) => {
  const readerChunk = '**/assets/parse-values-text-*.js';
  await page.route(readerChunk, (route) => route.abort('internetdisconnected'));
  await openStudio(page);

  const message = page
    .getByRole('alert')
    .filter({ hasText: 'The form could not read or change the values' });
  await expect(message).toBeVisible();
  await expect(page.getByRole('form', { name: 'Values form' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Reading the values' })).toBeVisible();

  // The editor keeps working on the text meanwhile.
  await page.getByRole('region', { name: 'values.yaml' }).locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type('# kept while offline\n');
  await expect.poll(() => editorText(page)).toMatch(/^# kept while offline\n/);

  await page.unroute(readerChunk);
  await message.getByRole('button', { name: 'Retry' }).click();
  await expect(message).toHaveCount(0);
  await expect(formField(page, 'name')).toHaveValue(/.+/);
  await formField(page, 'name').fill('read-at-last');
  await expect
    .poll(() => editorText(page))
    .toMatch(/^# kept while offline\n[\s\S]*name: read-at-last/);
  // The one Retry also brings back the analysis and the preview, whose code needed the reader's.
  await expect(page.getByRole('complementary', { name: 'Results' })).toContainText('read-at-last', {
    timeout: 30_000,
  });
});
