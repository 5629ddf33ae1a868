import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { test, expect } from './support/fixtures.ts';
import { editorText, formField, openStudio, pasteIntoEditor } from './support/studio.ts';

const sqsSettings = `transports:
  sqs:
    enabled: true
    type: sqs
    config:
      region: us-east-1
      accountId: "000000000000"
      endpoint: http://localstack.localstack:4566
      credentials:
        accessKeyIdSecretRef: { name: sqs-secret, key: access-key-id }
        secretAccessKeySecretRef: { name: sqs-secret, key: secret-access-key }
  rabbitmq:
    enabled: true
    type: rabbitmq
    config:
      host: rabbitmq.default.svc.cluster.local
      port: 5672
      username: guest
      passwordSecretRef: { name: rabbitmq-secret, key: password }
`;

async function showTab(page: Page, name: string | RegExp) {
  await page.getByRole('tab', { name }).click();
}

test('switching the transport changes the ScaledObject trigger', async ({ studio: page }) => {
  await openStudio(page);
  await showTab(page, 'Operator settings');
  await page.getByLabel('operator-values.yaml').fill(sqsSettings);
  await showTab(page, 'Preview');
  await page.getByRole('tab', { name: 'ScaledObject' }).click();
  const yaml = page.getByLabel('ScaledObject YAML');
  await expect(yaml).toContainText('type: rabbitmq');

  await formField(page, 'transport').fill('sqs');
  await expect(yaml).toContainText('type: aws-sqs-queue');
});

test("a formula that names the queue gets KEDA's rejection as a problem", async ({
  studio: page,
}) => {
  await openStudio(page);
  await page.getByText('Advanced scaling').click();
  await formField(page, 'scaling.advanced.formula').fill('ceil(queueLength / 10)');
  const problems = page.getByRole('region', { name: 'Problems' });
  // KEDA's admission stops at its first refusal: without a target, that is the missing target.
  await expect(problems).toContainText(/formula is given but target is empty/);
  await formField(page, 'scaling.advanced.target').fill('1');
  await expect(problems).toContainText(/KEDA/);
  await expect(problems).toContainText(/trigger/i);
});

test('Download bundle gives a zip with every listed file', async ({ studio: page }) => {
  await openStudio(page);
  await showTab(page, 'Export');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download bundle' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const names = Object.keys(files).map((f) => f.split('/').pop());
  expect(names.sort()).toEqual([
    'helmfile.yaml',
    'install.sh',
    'manifests.yaml',
    'operator-preview.yaml',
    'operator-values.yaml',
    'values.schema.json',
    'values.yaml',
  ]);
  const valuesFile = Object.entries(files).find(([f]) => f.endsWith('/values.yaml'))?.[1];
  expect(strFromU8(valuesFile!)).toBe(await editorText(page));
  const manifests = Object.entries(files).find(([f]) => f.endsWith('/manifests.yaml'))?.[1];
  expect(strFromU8(manifests!)).toContain('kind: AsyncActor');
});

test('importing an AsyncActor manifest fills the form', async ({ studio: page }) => {
  await openStudio(page);
  await showTab(page, 'Export');
  await page.getByLabel('AsyncActor manifest').fill(`apiVersion: asya.sh/v1alpha1
kind: AsyncActor
metadata:
  name: text-processor
  namespace: asya-e2e
spec:
  transport: rabbitmq
  sidecar:
    image: asya-sidecar:dev
  workload:
    template:
      spec:
        containers:
        - name: asya-runtime
          image: text-processor:1.2
`);
  await page.getByRole('button', { name: 'Import manifest' }).click();
  await expect(formField(page, 'name')).toHaveValue('text-processor');
  await expect(formField(page, 'workload.template.spec.containers.0.image')).toHaveValue(
    'text-processor:1.2',
  );
  await expect(page.getByRole('list', { name: 'Not expressible in values' })).toContainText(
    'spec.sidecar',
  );
});

test('clicking a rendered field reveals the value that produced it', async ({ studio: page }) => {
  await openStudio(page);
  await pasteIntoEditor(
    page,
    `name: echo-actor
namespace: asya
transport: rabbitmq
scaling:
  maxReplicas: 7
workload:
  template:
    spec:
      containers:
      - name: asya-runtime
        image: python:3.13-slim
        env:
          - name: ASYA_HANDLER
            value: "handlers.echo"
`,
  );
  await page.getByRole('tab', { name: 'AsyncActor', exact: true }).click();
  await page
    .getByLabel('AsyncActor YAML')
    .getByRole('button', { name: /maxReplicas: 7/ })
    .click();
  await expect(formField(page, 'scaling.maxReplicas')).toBeFocused();
});

test('the Diff shows, per object, the fields an edit changes since the last export', async ({
  studio: page,
}) => {
  await openStudio(page);
  await showTab(page, 'Export');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download manifests' }).click();
  await downloadPromise;
  await expect(page.getByText('No change since the last export.')).toBeVisible();

  await formField(page, 'transport').fill('sqs');
  const changes = page.getByRole('list', { name: 'Changed objects' });
  await expect(changes).toContainText(/AsyncActor \S+: 1 field changed/);
  await expect(changes).toContainText('~ spec.transport: "rabbitmq" → "sqs"');
  await expect(page.getByLabel('Manifest diff')).toContainText('+   transport: sqs');

  await page.getByLabel('Previous manifests (paste; empty = last export)').fill('kind: [broken');
  await expect(page.getByText('The previous manifests do not parse as YAML')).toBeVisible();
});

test('the bundle can start values.yaml with a schema line for editors', async ({
  studio: page,
}) => {
  await openStudio(page);
  await showTab(page, 'Export');
  await page.getByLabel(/Start the bundle's values\.yaml with a yaml-language-server line/).check();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download bundle' }).click();
  const files = unzipSync(new Uint8Array(readFileSync(await (await downloadPromise).path())));
  const valuesFile = Object.entries(files).find(([f]) => f.endsWith('/values.yaml'))?.[1];
  expect(strFromU8(valuesFile!)).toBe(
    `# yaml-language-server: $schema=./values.schema.json\n${await editorText(page)}`,
  );
});
