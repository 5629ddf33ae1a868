/**
 * Keystroke latency and memory of the built studio in Chromium. Serves `dist/` with
 * `vite preview` on a free port, drives Debian's Chromium, and reads the app's own marks
 * (src/ui/state/studio-timing.ts): a keystroke's latency is the time from its keydown event to
 * the `studio:updated` mark, set once React has committed the preview, problems and scaling
 * curve derived from it. Figures, not assertions: a shared machine makes them vary.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { defaultExampleId, readmeExamples } from '@/core/examples/index.ts';

export interface Figure {
  label: string;
  value: string;
  goal: string;
  met: boolean;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const imagePath = 'workload.template.spec.containers.0.image';
const keystrokes = 200;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function startPreview(): Promise<{ url: string; server: ChildProcess }> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return { url, server };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error('vite preview did not start within 60 s');
}

/** A realistic large values file: one actor with many env vars and 300 labels, `lines` lines long. */
export function largeValuesText(lines = 2000): string {
  const head = [
    '# A large values file for the keystroke benchmark',
    'name: large-actor',
    'namespace: asya',
    'transport: rabbitmq',
    'labels:',
    ...Array.from({ length: 300 }, (_, i) => `  team.example.com/label-${i}: "value-${i}"`),
    'scaling:',
    '  enabled: true',
    '  minReplicas: 0',
    '  maxReplicas: 50',
    '  queueLength: 10',
    '  advanced:',
    '    formula: "ceil(queueLength / 10)"',
    '    target: "10"',
    'workload:',
    '  template:',
    '    spec:',
    '      containers:',
    '      - name: asya-runtime',
    '        image: python:3.13-slim',
    '        env:',
    '          - name: ASYA_HANDLER',
    '            value: "handlers.process"',
  ];
  const tail = [
    '        resources:',
    '          limits:',
    '            cpu: 2000m',
    '            memory: 2Gi',
  ];
  const envCount = Math.floor((lines - head.length - tail.length) / 2);
  const env = Array.from({ length: envCount }, (_, i) => [
    `          - name: SETTING_${i}`,
    `            value: "setting value number ${i}"`,
  ]).flat();
  return [...head, ...env, ...tail, ''].join('\n');
}

/** Records keydown times and `studio:updated` marks in the page, before the app starts. */
export function installProbes(): void {
  const probe = { keydowns: [] as number[], updates: [] as number[] };
  (globalThis as unknown as { __benchProbe: typeof probe }).__benchProbe = probe;
  addEventListener('keydown', (e) => probe.keydowns.push(e.timeStamp), { capture: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'studio:updated') probe.updates.push(entry.startTime);
  }).observe({ type: 'mark', buffered: true });
}

export async function openStudio(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page
    .getByRole('region', { name: 'values.yaml' })
    .locator('.view-lines')
    .waitFor({ timeout: 60_000 });
}

async function loadText(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByLabel('Open values file')
    .setInputFiles({ name, mimeType: 'text/yaml', buffer: Buffer.from(text) });
  await page
    .getByRole('status')
    .filter({ hasText: `Opened ${name}.` })
    .waitFor();
  await page.locator(`[data-path="${imagePath}"]`).waitFor();
}

/**
 * Types up to `count` letters one at a time, waiting for each to be committed; returns each
 * latency in ms. Stops early after `budgetMs` so a slow case cannot stretch the bench for minutes
 * (the figure then says how many keystrokes it is based on).
 */
export async function typeAndTime(page: Page, count: number, budgetMs = 30_000): Promise<number[]> {
  await page.evaluate(() => {
    const probe = (
      globalThis as unknown as { __benchProbe: { keydowns: number[]; updates: number[] } }
    ).__benchProbe;
    probe.keydowns.length = 0;
    probe.updates.length = 0;
  });
  const deadline = Date.now() + budgetMs;
  for (let i = 0; i < count && Date.now() < deadline; i++) {
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await page.waitForFunction(
      (n) => {
        const probe = (
          globalThis as unknown as { __benchProbe: { keydowns: number[]; updates: number[] } }
        ).__benchProbe;
        const down = probe.keydowns[n];
        return down !== undefined && probe.updates.some((u) => u >= down);
      },
      i,
      { timeout: 30_000 },
    );
  }
  return page.evaluate(() => {
    const probe = (
      globalThis as unknown as { __benchProbe: { keydowns: number[]; updates: number[] } }
    ).__benchProbe;
    return probe.keydowns.map(
      (down) => (probe.updates.find((u) => u >= down) ?? Number.NaN) - down,
    );
  });
}

async function focusFormField(page: Page): Promise<void> {
  const field = page.locator(`[data-path="${imagePath}"]`);
  await field.click();
  await page.keyboard.press('End');
}

/**
 * Puts the editor's cursor at the end of the image line (typing there changes a value, not a
 * comment) with Monaco's Go to Line, as a person would.
 */
async function focusEditorImage(page: Page, text: string): Promise<void> {
  const line = text.split('\n').findIndex((l) => /^\s*image:/.test(l)) + 1;
  await page.getByRole('textbox', { name: 'values.yaml editor' }).focus();
  await page.keyboard.press('ControlOrMeta+G');
  const goTo = page.locator('.quick-input-widget input');
  await goTo.waitFor();
  // Monaco opens Go to Line with its `:` prefix; without it the widget searches commands instead.
  await goTo.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await goTo.waitFor({ state: 'hidden' });
  await page.keyboard.press('End');
}

function percentile(sorted: number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

export function latencyFigure(label: string, latencies: number[], goalMs: number): Figure {
  const sorted = latencies.filter(Number.isFinite).sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p95 = percentile(sorted, 95);
  return {
    label,
    value: `p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (${sorted.length} keystrokes)`,
    goal: `p95 ≤ ${goalMs} ms`,
    met: p95 <= goalMs,
  };
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** Edits through the form 1,000 times (a field typed into, then cleared back), in-page so it is quick. */
async function editMany(page: Page, count: number): Promise<void> {
  const field = page.locator(`[data-path="${imagePath}"]`);
  await field.click();
  await page.keyboard.press('End');
  for (let i = 0; i < count; i++) await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
}

async function latencyFigures(page: Page, url: string): Promise<Figure[]> {
  const example = readmeExamples.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const large = largeValuesText();
  const figures: Figure[] = [];
  const cases = [
    { name: `README ${example.id}`, text: example.text, goalMs: 16 },
    { name: `${large.split('\n').length - 1}-line values file`, text: large, goalMs: 50 },
  ];
  for (const c of cases) {
    await openStudio(page, url);
    await loadText(page, 'bench.yaml', c.text);
    await focusFormField(page);
    figures.push(
      latencyFigure(
        `keystroke latency, form field (${c.name})`,
        await typeAndTime(page, keystrokes),
        c.goalMs,
      ),
    );
    await focusEditorImage(page, c.text);
    figures.push(
      latencyFigure(
        `keystroke latency, YAML editor (${c.name})`,
        await typeAndTime(page, keystrokes),
        c.goalMs,
      ),
    );
  }
  // The scaling lab draws the replica curve on every change: time the README case with it open.
  await openStudio(page, url);
  await loadText(page, 'bench.yaml', example.text);
  await page.getByRole('tab', { name: 'Scaling lab' }).click();
  await page.getByRole('region', { name: 'Scaling lab' }).waitFor({ timeout: 30_000 });
  await focusFormField(page);
  figures.push(
    latencyFigure(
      `keystroke latency, form field, Scaling lab open (README ${example.id})`,
      await typeAndTime(page, keystrokes),
      16,
    ),
  );
  return figures;
}

async function memoryFigure(page: Page, url: string): Promise<Figure> {
  await openStudio(page, url);
  const example = readmeExamples.find((e) => e.id === defaultExampleId) ?? readmeExamples[0];
  if (example) await loadText(page, 'memory.yaml', example.text);
  await editMany(page, 10);
  const after10 = await heapMb(page);
  await editMany(page, 990);
  const after1000 = await heapMb(page);
  const growth = after1000 - after10;
  return {
    label: 'JS heap growth, 1,000 form edits vs 10',
    value: `${growth.toFixed(2)} MB (${after10.toFixed(1)} MB → ${after1000.toFixed(1)} MB)`,
    goal: '≤ 3 MB',
    met: growth <= 3,
  };
}

/**
 * A first visit: when the page first paints, and when the form shows the values (the reader
 * loads beside the first paint). No goal: printed so a change that delays either shows.
 */
async function startupFigure(browser: Browser, url: string): Promise<Figure> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-path="name"]').waitFor({ timeout: 60_000 });
  const formMs = await page.evaluate(() => performance.now());
  const paintMs = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
  await context.close();
  return {
    label: 'first visit: first paint, then the form filled',
    value: `${paintMs.toFixed(0)} ms, ${formMs.toFixed(0)} ms (upper bound: polled)`,
    goal: 'none, printed to watch',
    met: true,
  };
}

/** Runs every browser figure; starts and stops its own preview server and browser. */
export async function measureInBrowser(): Promise<Figure[]> {
  const { url, server } = await startPreview();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const startup = await startupFigure(browser, url);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(installProbes);
    const page = await context.newPage();
    const figures = [startup, ...(await latencyFigures(page, url))];
    figures.push(await memoryFigure(page, url));
    const { multiActorFigures } = await import('./multi-actor-bench.ts');
    figures.push(...(await multiActorFigures(page, url)));
    return figures;
  } finally {
    await browser?.close();
    server.kill();
  }
}
