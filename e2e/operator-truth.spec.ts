import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { openStudio, pasteIntoEditor } from './support/studio.ts';

const typoValues = `name: typo-actor
transport: rabbitmq
workload:
  template:
    spec:
      nodeSelecter:
        disktype: ssd
      containers:
      - name: asya-runtime
        image: python:3.13-slim
`;

const undefinedMount = `name: mount-actor
transport: rabbitmq
workload:
  template:
    spec:
      containers:
      - name: asya-runtime
        image: python:3.13-slim
        volumeMounts:
        - name: data
          mountPath: /data
`;

function problemAt(page: Page, path: string) {
  return page
    .getByRole('region', { name: 'Problems' })
    .getByRole('button', { name: new RegExp(`· ${path.replace(/\./g, '\\.')}$`) })
    .first();
}

async function openObject(page: Page, name: string) {
  await page.getByRole('tab', { name: 'Preview' }).click();
  await page.getByRole('tab', { name: new RegExp(`^${name}( \\(|$)`) }).click();
}

test('a pod-spec key Kubernetes 1.29 lacks is a warning at its line and is gone from the Deployment', async ({
  studio: page,
}) => {
  await openStudio(page);
  await pasteIntoEditor(page, typoValues);
  const warning = problemAt(page, 'workload.template.spec.nodeSelecter');
  await expect(warning).toContainText('6:');
  await expect(warning).toContainText('probably a typo of "nodeSelector"');
  await expect(warning.getByLabel('warning')).toBeVisible();
  await openObject(page, 'Deployment');
  const yaml = page.getByLabel('Deployment YAML');
  await expect(yaml).toContainText('asya-runtime');
  await expect(yaml).not.toContainText('nodeSelecter');
  await expect(page.getByTestId('object-status')).toContainText('Created');
});

test('a mount of an undefined volume: an error at its line, the Deployment refused, no ScaledObject', async ({
  studio: page,
}) => {
  await openStudio(page);
  await pasteIntoEditor(page, undefinedMount);
  const error = problemAt(page, 'workload.template.spec.containers.0.volumeMounts.0.name');
  await expect(error).toContainText('10:');
  await expect(error).toContainText(
    'Deployment.apps "mount-actor" is invalid: spec.template.spec.containers[0].volumeMounts[0].name: Not found: "data"',
  );
  await expect(error.getByLabel('error')).toBeVisible();

  await openObject(page, 'Deployment');
  await expect(page.getByTestId('object-status')).toContainText(
    'Deployment mount-actor: Refused: Deployment.apps "mount-actor" is invalid',
  );
  await expect(page.getByRole('tab', { name: 'Deployment (refused)' })).toBeVisible();
  await page.getByRole('tab', { name: 'ScaledObject (not created)' }).click();
  await expect(page.getByTestId('object-status')).toContainText(
    'Not created: an earlier step stopped the reconcile',
  );
  await expect(page.getByText('Nothing to show: this object is not created.')).toBeVisible();
});
