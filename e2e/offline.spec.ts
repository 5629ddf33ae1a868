import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures.ts';
import { formField, openStudio } from './support/studio.ts';

test('after the first visit the studio opens and works offline: reload, edit, export', async ({
  studio: page,
  context,
}) => {
  await openStudio(page);
  // The worker controls the page once it has installed, that is once the whole build is cached.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 60_000,
  });

  await context.setOffline(true);
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'values.yaml' }).locator('.view-lines'),
  ).toBeVisible({ timeout: 30_000 });

  await formField(page, 'name').fill('offline-actor');
  // The analysis stages are lazy chunks too: the preview follows the edit.
  await expect(page.getByRole('complementary', { name: 'Results' })).toContainText(
    'offline-actor',
    { timeout: 30_000 },
  );

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download values.yaml' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('values.yaml');
  expect(readFileSync((await file.path()) ?? '', 'utf8')).toContain('name: offline-actor');
});

test('the studio is installable: a manifest with PNG icons, all served by the studio', async ({
  studio: page,
}) => {
  await openStudio(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const response = await page.request.get(href ?? '');
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Actor Studio', start_url: '/', display: 'standalone' });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  for (const icon of manifest.icons) {
    const image = await page.request.get(new URL(icon.src, page.url()).href);
    expect(image.headers()['content-type']).toBe('image/png');
    // A PNG file starts with its 8-byte signature.
    expect([...(await image.body()).subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  }
});
