import { test, expect } from './support/fixtures.ts';
import { formField, openStudio } from './support/studio.ts';

const pinnedAsya =
  'https://github.com/deliveryhero/asya/blob/23d62b0e28f2163d22c61ffc17cc40ca05c6a103/';

test('a problem links the upstream code it follows, opening in a new tab', async ({
  studio: page,
}) => {
  await openStudio(page);
  await formField(page, 'scaling.minReplicas').fill('-1');
  const problems = page.getByRole('region', { name: 'Problems' });
  const link = problems.getByRole('link', { name: /asya\.sh_asyncactors\.yaml#L135-L140/ });
  await expect(link).toHaveAttribute(
    'href',
    `${pinnedAsya}src/asya-operator/config/crd/asya.sh_asyncactors.yaml#L135-L140`,
  );
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
});

test("the preview's notes link the upstream files, never the team's notes", async ({
  studio: page,
}) => {
  await openStudio(page);
  await page.getByRole('tab', { name: 'Preview' }).click();
  await page.getByRole('tab', { name: 'ScaledObject' }).click();
  const note = page.getByText(/the operator, the sidecar and the KEDA trigger use/);
  const link = note.getByRole('link');
  await expect(link).toHaveAttribute(
    'href',
    `${pinnedAsya}src/asya-operator/internal/controller/keda.go#L254-L260`,
  );
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(page.getByText(/reference\//)).toHaveCount(0);
});
