import { test, expect } from './support/fixtures.ts';
import { editorText, formField, openStudio } from './support/studio.ts';

test('a helmfile: edit the second actor in the form, copy it, and see a duplicate name on both lines', async ({
  studio: page,
}) => {
  await openStudio(page);
  await page.getByRole('button', { name: 'New from example' }).click();
  await page.getByRole('menuitem', { name: 'Using in Helmfile (two releases)' }).click();
  await expect(page.getByTestId('document-kind')).toContainText('helmfile');
  await expect(page.getByTestId('document-kind')).toContainText('2 actors');
  const original = await editorText(page);

  const actors = page.getByRole('region', { name: 'Actors' });
  await actors.getByRole('button', { name: 'nlp-actor', exact: true }).click();
  const maxReplicas = formField(page, 'releases.1.values.0.scaling.maxReplicas');
  await expect(maxReplicas).toBeVisible();
  await maxReplicas.fill('25');

  // Only the second release changes: everything before it is as it was.
  const secondRelease = original.indexOf('  - name: actor-nlp');
  await expect.poll(() => editorText(page)).toContain('maxReplicas: 25');
  const edited = await editorText(page);
  expect(edited.slice(0, secondRelease)).toBe(original.slice(0, secondRelease));
  expect(edited.match(/maxReplicas/g)).toHaveLength(1);

  await page.getByRole('tab', { name: 'Release overview' }).click();
  const overview = page.getByRole('table', { name: 'Release overview' });
  await expect(overview.locator('tbody tr')).toHaveCount(2);
  await actors.getByRole('button', { name: 'Duplicate' }).click();
  await expect(overview.locator('tbody tr')).toHaveCount(3);
  await expect(overview.locator('tbody tr').nth(2)).toContainText('nlp-actor-copy');
  await expect(overview.locator('tbody tr').nth(2)).toContainText('25');

  await actors.getByRole('button', { name: 'Rename' }).click();
  await actors.getByLabel('New actor name').fill('nlp-actor');
  await actors.getByLabel('New actor name').press('Enter');

  const problems = page.getByRole('region', { name: 'Problems' });
  const duplicates = problems
    .getByRole('button')
    .filter({ hasText: 'release/duplicate-actor-name' });
  await expect(duplicates).toHaveCount(2);
  const lines = await duplicates.evaluateAll((buttons) =>
    buttons.map((b) => /(\d+):\d+/.exec(b.textContent ?? '')?.[1]),
  );
  const text = await editorText(page);
  const nameLines = text
    .split('\n')
    .flatMap((line, i) => (/^\s+- name: nlp-actor$/.test(line) ? [String(i + 1)] : []));
  expect(nameLines).toHaveLength(2);
  expect(lines.toSorted()).toEqual(nameLines.toSorted());
});

test('a file of many actors lists them all, then each actor’s status fills in', async ({
  studio: page,
}) => {
  await openStudio(page);
  // The analysis stages have loaded: the preview shows the example's actor.
  await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible({ timeout: 30_000 });
  const actorsText = [
    'transport: rabbitmq',
    'actors:',
    ...Array.from({ length: 12 }, (_, i) => [
      `- name: step-${i}`,
      '  scaling:',
      '    enabled: true',
      `    maxReplicas: ${i === 3 ? -1 : 5}`,
    ]).flat(),
    '',
  ].join('\n');
  await page
    .getByLabel('Open values file')
    .setInputFiles({ name: 'many.yaml', mimeType: 'text/yaml', buffer: Buffer.from(actorsText) });
  const list = page.getByRole('list', { name: 'Actor list' });
  await expect(list.locator('li')).toHaveCount(12);
  const statuses = list.getByTestId('actor-status');
  await expect(statuses.filter({ hasText: '…' })).toHaveCount(0);
  await expect(list.locator('li[data-actor="step-3"]').getByTestId('actor-status')).toContainText(
    'error',
  );
  await expect(list.locator('li[data-actor="step-0"]').getByTestId('actor-status')).toHaveText(
    'KEDA ok',
  );
});

test('a large file of actors: listed at once, then the editor holds it and edits it', async ({
  studio: page,
}) => {
  await openStudio(page);
  await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible({ timeout: 30_000 });
  // About 80 KB: the navigator lists it from its lines, and the editor takes it after that paint.
  const actorsText = [
    'namespace: team',
    'actors:',
    ...Array.from({ length: 60 }, (_, i) => [
      `- name: step-${i}`,
      ...Array.from({ length: 30 }, (_, k) => `  # setting ${k} of step ${i}: kept as written`),
      '  transport: sqs',
    ]).flat(),
    '',
  ].join('\n');
  await page
    .getByLabel('Open values file')
    .setInputFiles({ name: 'large.yaml', mimeType: 'text/yaml', buffer: Buffer.from(actorsText) });
  const list = page.getByRole('list', { name: 'Actor list' });
  await expect(list.locator('li')).toHaveCount(60);
  await expect(list.locator('li[data-actor="step-59"]')).toContainText('sqs');
  await expect.poll(() => editorText(page)).toBe(actorsText);

  // Typed in the editor, the edit is of the opened text, and the navigator follows it.
  await page.getByRole('textbox', { name: 'values.yaml editor' }).focus();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('End');
  await page.keyboard.type('-a');
  await expect.poll(() => editorText(page)).toBe(actorsText.replace('team', 'team-a'));
  await expect(list.locator('li')).toHaveCount(60);
});

test('opening a document of several actors keeps the open preview tab, as opening one actor does', async ({
  studio: page,
}) => {
  await openStudio(page);
  const results = page.getByRole('complementary', { name: 'Results' });
  const deployment = results.getByRole('tab', { name: 'Deployment', exact: true });
  await deployment.click();
  await expect(deployment).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: 'New from example' }).click();
  await page.getByRole('menuitem', { name: 'Using in Helmfile (two releases)' }).click();
  await expect(page.getByTestId('document-kind')).toContainText('2 actors');
  await expect(results.getByRole('tab', { name: 'Deployment', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(results.getByRole('region', { name: 'Preview' })).toContainText('kind: Deployment');
});
