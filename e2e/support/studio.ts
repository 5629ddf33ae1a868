import { expect, type Page } from '@playwright/test';

/** Opens the studio with a clean workspace and waits for the editor. */
export async function openStudio(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  // Monaco is a few MB of script: on a busy two-core machine it can take a while to start.
  await expect(
    page.getByRole('region', { name: 'values.yaml' }).locator('.view-lines'),
  ).toBeVisible({ timeout: 30_000 });
}

/**
 * The editor's full text (the DOM only holds the visible lines), read the way a person takes it:
 * select all and copy. The selection then collapses, and focus goes back where it was.
 */
export async function editorText(page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const previous = await page.evaluateHandle(() => document.activeElement);
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByRole('textbox', { name: 'values.yaml editor' }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+C');
  await page.keyboard.press('ArrowLeft');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await previous.evaluate((element) => {
    if (element instanceof HTMLElement) element.focus();
  });
  return text;
}

/**
 * Replaces the editor text the way a person pastes it: typing would trigger Monaco's
 * auto-indent and change the text.
 */
export async function pasteIntoEditor(
  page: Page,
  text: string,
  { replaceAll = true } = {},
): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.getByRole('region', { name: 'values.yaml' }).locator('.view-lines').click();
  if (replaceAll) await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

/** The form control for a dotted values path. */
export function formField(page: Page, path: string) {
  return page.locator(`[data-path="${path}"]`);
}
