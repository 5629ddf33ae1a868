import { test, expect } from './support/fixtures.ts';
import { editorText, formField, openStudio, pasteIntoEditor } from './support/studio.ts';

test('an edit survives a reload, with the restored-draft notice', async ({ studio: page }) => {
  await openStudio(page);
  await formField(page, 'scaling.maxReplicas').fill('17');
  await expect.poll(() => editorText(page)).toContain('maxReplicas: 17');
  await page.reload();
  await openStudio(page, page.url());
  await expect(formField(page, 'scaling.maxReplicas')).toHaveValue('17');
  await expect(page.getByText(/Restored draft from/)).toBeVisible();

  await page.getByRole('button', { name: 'Start from a clean example' }).click();
  await expect(formField(page, 'scaling.maxReplicas')).toHaveValue('');
});

test('a share link opens the same workspace in a fresh browser, without secrets', async ({
  studio: page,
  browser,
  baseURL,
}) => {
  await openStudio(page);
  const text = `name: shared-actor
namespace: asya
transport: rabbitmq
# a comment that must travel
awsSecretAccessKey: do-not-share
workload:
  template:
    spec:
      containers:
      - name: asya-runtime
        image: python:3.13-slim
        env:
          - name: ASYA_HANDLER
            value: "handlers.echo"
`;
  await pasteIntoEditor(page, text);
  await expect(formField(page, 'name')).toHaveValue('shared-actor');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy share link' });
  await expect(dialog).toContainText('Left out of the link');
  const url = await dialog.getByLabel('Share link').inputValue();
  expect(url.startsWith(`${baseURL}/#v1.`)).toBe(true);
  await dialog.getByRole('button', { name: 'Close' }).click();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  const incoming = other.getByRole('dialog', { name: 'Open shared workspace?' });
  await expect(incoming).toContainText('shared-actor');
  await incoming.getByRole('button', { name: 'Open shared workspace' }).click();
  await expect(formField(other, 'name')).toHaveValue('shared-actor');
  await expect(
    other.getByRole('region', { name: 'values.yaml' }).locator('.view-lines'),
  ).toBeVisible({ timeout: 30_000 });
  const received = await editorText(other);
  expect(received).toContain('# a comment that must travel');
  expect(received).not.toContain('do-not-share');
  expect(received).toBe(text.replace('do-not-share', '""'));
  await fresh.close();
});

test('undo in the editor reverts a form edit exactly', async ({ studio: page }) => {
  await openStudio(page);
  const before = await editorText(page);
  await formField(page, 'namespace').fill('team-a');
  await expect.poll(() => editorText(page)).toContain('namespace: team-a');
  await page.getByRole('region', { name: 'values.yaml' }).locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => editorText(page)).toBe(before);
  await expect(formField(page, 'namespace')).toHaveValue('asya');
});

test('the theme switch turns the page and the editor dark', async ({ studio: page }) => {
  await openStudio(page);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.locator('.monaco-editor').first()).toHaveClass(/vs-dark/);
  await page.getByLabel('Theme').selectOption('light');
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});

test('the download is reachable with the keyboard alone', async ({ studio: page }) => {
  await openStudio(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('download values');
  const downloadPromise = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloadPromise).suggestedFilename()).toBe('values.yaml');

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Ctrl+S');
  await page.keyboard.press('Escape');
});

test('a #path= link focuses the field and reveals its line', async ({ studio: page }) => {
  await openStudio(page, '/#path=transport');
  await expect(formField(page, 'transport')).toBeFocused();
});
