import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { editorText, openStudio, pasteIntoEditor } from './support/studio.ts';

async function openLab(page: Page) {
  await openStudio(page);
  await page.getByRole('tab', { name: 'Scaling lab' }).click();
  await expect(page.getByRole('region', { name: 'Scaling lab' })).toBeVisible();
}

const replicaTable = (page: Page) =>
  page.getByRole('table', { name: /Desired replicas per queue length/ });

test('typing a formula and target in the lab changes the replica curve and the document', async ({
  studio: page,
}) => {
  await openLab(page);
  // The default example scales on queueLength 5 per pod, max 10.
  await expect(replicaTable(page).getByRole('row', { name: '20 4', exact: true })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /Desired replicas by queue length.*max 10 reached at queue 46/ }),
  ).toBeVisible();

  await page.getByLabel('scaling.advanced.target (in your values)').fill('1');
  await page.getByLabel('scaling.advanced.formula (in your values)').fill('ceil(queueLength / 2)');

  await expect(replicaTable(page).getByRole('row', { name: '20 10', exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: /max 10 reached at queue 19/ })).toBeVisible();
  await expect(page.getByTestId('decision-summary')).toHaveText(
    'queue 37 → formula 19 → ⌈19 / 1⌉ = 19 → 10 pods, capped at max 10',
  );
  // KEDA's verdict on the Asya trigger comes with the formula, pointing at the variable.
  await expect(page.getByRole('list', { name: 'Document formula messages' })).toContainText(
    'the Asya operator creates its trigger without a name',
  );
  await expect.poll(() => editorText(page)).toContain('formula: ceil(queueLength / 2)');

  // The playground formula can be charted instead, with the document's target.
  await page
    .getByLabel('Playground formula (not saved in your values)')
    .fill('ceil(queueLength / 4)');
  await page.getByLabel(/Chart the playground formula/).check();
  await expect(replicaTable(page).getByRole('row', { name: '20 5', exact: true })).toBeVisible();
});

test('a hostile formula is refused with a message that points at it, and never runs', async ({
  studio: page,
}) => {
  await openLab(page);
  const playground = page.getByLabel('Playground formula (not saved in your values)');
  const messages = page.getByRole('list', { name: 'Playground formula messages' });

  await playground.fill('import({}, {})');
  await expect(page.getByText('Refused: the studio did not run this formula.')).toBeVisible();
  await expect(messages).toContainText('the function `import` is not allowed');
  await expect(messages).toContainText('[at character 1]');

  await playground.fill('x.constructor');
  await expect(messages).toContainText('property access');
  await expect(page.locator('mark', { hasText: '.' }).first()).toBeVisible();

  await playground.fill("createUnit('x')");
  await expect(messages).toContainText('the function `createUnit` is not allowed');

  await playground.fill('f(x) = x');
  await expect(messages).toContainText('defining functions is not allowed');

  await playground.fill('queueLength > 100 ? 10 : 1');
  await expect(page.getByText('The studio evaluates this formula.').last()).toBeVisible();
});

test('the burst preset runs in the worker and shows the timeline, its steps and the docs claim', async ({
  studio: page,
}) => {
  await openLab(page);
  await page.getByRole('button', { name: 'Burst preset' }).click();

  // The run happens in a Web Worker; on a busy two-core machine it can take a while.
  await expect(page.getByTestId('scale-up-staircase')).toHaveText(
    'Scale-up steps: 1 → 11 → 22 → 44 → 50',
    { timeout: 30_000 },
  );
  const steps = page.getByRole('group', { name: 'Scale-up steps' });
  await expect(steps.getByRole('row', { name: /^44 2 min 15 s about 2 min 15 s$/ })).toBeVisible();
  await expect(steps).toContainText('0 → 50 in ~30-60 seconds');
  await expect(steps.getByRole('link', { name: 'Asya docs' })).toHaveAttribute(
    'href',
    /deliveryhero\/asya\/blob\/23d62b0[0-9a-f]+\/docs\/architecture\/autoscaling\.md#L108$/,
  );
  await expect(
    page.getByRole('img', { name: /Replicas over time.*Desired replicas: peak 50 at 3 min 15 s/ }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /Queue length over time/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Message wait over time/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Decision log per tick/ })).toContainText(
    'KEDA scales 0 → 1',
  );

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('scaling-timeline.csv');
  expect(readFileSync(await file.path(), 'utf8').split('\n')[0]).toBe(
    'second,queue,waiting,in_flight,desired_replicas,ready_replicas,wait_seconds',
  );
});

test('the lab with a run has no serious accessibility violations, light or dark', async ({
  studio: page,
}) => {
  // axe over a panel with tables and charts is slow on a busy machine.
  test.slow();
  await openLab(page);
  await page.getByRole('button', { name: 'Burst preset' }).click();
  await expect(page.getByTestId('scale-up-staircase')).toBeVisible({ timeout: 30_000 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page }).include('[aria-label="Scaling lab"]').analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map(
        (v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  }
});

test('a large sweep is paged and a long run can be cancelled', async ({ studio: page }) => {
  await openLab(page);
  await page.getByLabel('Largest queue length').fill('1000000');
  await expect(page.getByRole('img', { name: /1,000,001 points/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText(/Rows 1–50 of 1,000,001/).first()).toBeVisible();
  expect(await replicaTable(page).locator('tbody tr').count()).toBe(50);

  await page.getByLabel('Message arrivals').selectOption('trace');
  await page.getByLabel('Upload CSV trace').setInputFiles({
    name: 'trace.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('seconds,rate\n0,1\n60,20\n120,0\n'),
  });
  await expect(page.getByText('trace.csv: 3 points')).toBeVisible();
  await page.getByLabel('Duration (s)').fill('600');
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await expect(page.getByRole('heading', { name: 'Result: 10 min' })).toBeVisible({
    timeout: 30_000,
  });

  await page.getByLabel('Message arrivals').selectOption('sine');
  await page.getByLabel('Duration (s)').fill('604800');
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Simulating|Done/ })).toBeVisible();
  // A week at one-second resolution takes seconds here; on a fast machine it may finish first.
  // The run may end between a check and a click, so click at once: a disabled button ignores it.
  await page
    .getByRole('button', { name: 'Cancel' })
    .evaluate((button: HTMLButtonElement) => button.click());
  await expect(page.getByRole('status').filter({ hasText: /Cancelled|Done/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run simulation' })).toBeEnabled({
    timeout: 30_000,
  });
});

const actorWithScaling = (scaling: string) => `name: echo
transport: rabbitmq
workload:
  template:
    spec:
      containers:
        - name: asya-runtime
          image: my-actor:latest
scaling:
${scaling}
`;

test('the preview, the Problems list and the lab give one KEDA verdict', async ({
  studio: page,
}) => {
  await openStudio(page);
  // Go's ParseFloat refuses " 5": KEDA refuses the ScaledObject, and all three say so.
  await pasteIntoEditor(
    page,
    actorWithScaling('  enabled: true\n  advanced:\n    formula: "3"\n    target: " 5"'),
  );
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText(
    'KEDA refuses the ScaledObject: error validating target in ScalingModifiers',
  );
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByText('KEDA: rejected')).toBeVisible();
  await page.getByRole('tab', { name: 'Scaling lab' }).click();
  const lab = page.getByRole('region', { name: 'Scaling lab' });
  await expect(lab).toContainText('KEDA refuses the ScaledObject');

  // enabled: {} is false in a Go template: no ScaledObject, and the lab does not autoscale.
  await pasteIntoEditor(page, actorWithScaling('  enabled: {}\n  maxReplicas: 7'));
  await expect(lab).toContainText('no ScaledObject');
  await expect(replicaTable(page).getByRole('row', { name: '20 1', exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByText('KEDA: no-scaled-object')).toBeVisible();
});

test('the scenario is kept with the workspace across a reload', async ({ studio: page }) => {
  await openLab(page);
  await page.getByLabel('Duration (s)').fill('1234');
  // The workspace saves shortly after a change; then a reload restores it from storage.
  await expect
    .poll(() => page.evaluate(() => JSON.stringify(Object.values({ ...localStorage }))))
    .toContain('1234');
  await page.reload();
  await page.getByRole('tab', { name: 'Scaling lab' }).click();
  await expect(page.getByLabel('Duration (s)')).toHaveValue('1234');
});
