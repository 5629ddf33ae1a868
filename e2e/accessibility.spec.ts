import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures.ts';
import { formField, openStudio } from './support/studio.ts';

const tabs = ['Preview', 'Operator settings', 'Export', 'Scaling lab'];

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

for (const theme of ['Light', 'Dark']) {
  test(`no serious or critical axe violations in every main view, ${theme.toLowerCase()} theme`, async ({
    studio: page,
  }) => {
    test.slow();
    await openStudio(page);
    await page.getByLabel('Theme').selectOption({ label: theme });
    await expect(page.locator('html')).toHaveClass(theme === 'Dark' ? /dark/ : /^(?!.*dark).*$/);
    const found: string[] = [];
    for (const tab of tabs) {
      const tabButton = page.getByRole('tab', { name: tab });
      if ((await tabButton.count()) === 0) continue;
      await tabButton.click();
      await expect(page.getByRole('tabpanel', { name: tab })).toBeVisible();
      // Lazy panels show "Loading…" first; check the panel as it settles.
      await expect(page.getByRole('tabpanel', { name: tab }).getByText('Loading…')).toHaveCount(0, {
        timeout: 30_000,
      });
      found.push(...(await seriousViolations(page)).map((v) => `[${tab}] ${v}`));
    }
    expect(found).toEqual([]);
  });
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would. */
async function tabTo(
  page: Page,
  target: Locator,
  { key = 'Tab', limit = 250 } = {},
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}

test('keyboard only: open an example, change a value, fix a problem, download', async ({
  studio: page,
}) => {
  test.slow();
  await openStudio(page);
  await page.locator('body').click({ position: { x: 1, y: 1 } });

  await tabTo(page, page.getByRole('button', { name: 'New from example' }));
  await page.keyboard.press('Enter');
  const item = page.getByRole('menuitem', { name: /Example 4/ });
  await expect(page.getByRole('menuitem').first()).toBeVisible();
  for (let i = 0; i < 10 && !(await item.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowDown');
  await expect(item).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(formField(page, 'name')).toHaveValue('batch-processor');

  // Change a value: the actor name, to one the API server refuses.
  await tabTo(page, formField(page, 'name'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Batch_Processor');
  const problems = page.getByRole('region', { name: 'Problems' });
  const nameProblem = problems.getByRole('button', { name: /· name$/ });
  await expect(nameProblem.first()).toBeVisible();

  // Fix it.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('batch-processor-2');
  await expect(nameProblem).toHaveCount(0);

  // Back up to the toolbar: forward, Tab would enter the editor, where it indents.
  await tabTo(page, page.getByRole('button', { name: 'Download values.yaml' }), {
    key: 'Shift+Tab',
  });
  const downloadPromise = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('values.yaml');
  expect(readFileSync(await download.path(), 'utf8')).toContain('name: batch-processor-2');
});
