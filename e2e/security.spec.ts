import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { formField, openStudio, pasteIntoEditor } from './support/studio.ts';

const markup = readFileSync(
  new URL('../corpus/hostile/markup-in-values.yaml', import.meta.url),
  'utf8',
);

test.beforeEach(async ({ studio: page }) => {
  // Every CSP violation is recorded, from the first script on.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
});

const violations = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __cspViolations: string[] }).__cspViolations);

test('the page declares a CSP that allows only its own origin, no eval and no inline script', async ({
  studio: page,
}) => {
  await openStudio(page);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toBeTruthy();
  const directives = new Map(
    (policy ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(policy).not.toContain("'unsafe-eval'");
  expect(policy).not.toMatch(/https?:|\*/);
  for (const [name, values] of directives)
    if (name !== 'style-src') expect(values, name).not.toContain("'unsafe-inline'");
  expect(await page.locator('script:not([src])').count(), 'inline scripts').toBe(0);
});

test('no CSP violation while using the editor, preview, operator settings, export and scaling lab', async ({
  studio: page,
}) => {
  await openStudio(page);
  await pasteIntoEditor(
    page,
    'name: csp-actor\ntransport: rabbitmq\nscaling:\n  enabled: true\n  advanced:\n    formula: "ceil(queueLength / 10)"\nworkload:\n  template:\n    spec:\n      containers:\n      - name: asya-runtime\n        image: python:3.13-slim\n',
  );
  await formField(page, 'name').fill('csp-actor-2');
  for (const tab of ['Preview', 'Operator settings', 'Export', 'Scaling lab']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tabpanel', { name: tab })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Scaling lab' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('tab', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download bundle' }).click();
  await download;
  // Let late work (workers, lazy chunks, fonts) run before reading the list.
  await page.waitForTimeout(1000);
  expect(await violations(page)).toEqual([]);
});

test('markup in names, labels and env values stays text', async ({ studio: page }) => {
  await openStudio(page);
  await pasteIntoEditor(page, markup);
  await expect(formField(page, 'name')).toHaveValue('<img src=x onerror=alert(1)>');
  await formField(page, 'workload.template.spec.containers.0.image').fill(
    '<img src=x onerror=alert(10)>',
  );
  for (const tab of ['Preview', 'Export', 'Scaling lab', 'Operator settings']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tabpanel', { name: tab })).toBeVisible();
  }
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Preview' })).toContainText('onerror=alert');
  // No element was made from the markup: no <img src=x>, <script>, <svg onload>, <iframe>, <style> from the values.
  expect(
    await page
      .locator('img[src="x"], svg[onload], iframe, [onerror], [onmouseover], b[onmouseover]')
      .count(),
  ).toBe(0);
  expect(
    await page.evaluate(
      () => [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    ),
  ).toBe(0);
  expect(
    await page.evaluate(() =>
      [...document.querySelectorAll('style')].some((s) => s.textContent?.includes('display:none')),
    ),
  ).toBe(false);
  expect(await violations(page)).toEqual([]);
});

test('the AWS secret access key is a password field', async ({ studio: page }) => {
  await openStudio(page);
  const field = formField(page, 'awsSecretAccessKey');
  await field.evaluate((el) => el.closest('details')?.setAttribute('open', ''));
  await expect(field).toHaveAttribute('type', 'password');
  await expect(formField(page, 'awsAccessKeyId')).toHaveAttribute('type', 'password');
});
