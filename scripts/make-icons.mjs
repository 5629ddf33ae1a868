/**
 * Writes the install icons (public/icon-*.png) from public/favicon.svg with Debian's Chromium,
 * so they need no image library and no download. Run it after changing the favicon:
 *   node scripts/make-icons.mjs
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const svg = readFileSync(`${publicDir}favicon.svg`, 'utf8');
const svgUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/** `maskable`: the platform crops to its own shape, so the mark sits in the middle 80% on its colour. */
const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const { file, size, maskable } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = maskable ? Math.round(size * 0.8) : size;
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${maskable ? '#4f46e5' : 'transparent'}">` +
        `<img src="${svgUrl}" width="${inner}" height="${inner}"></body>`,
    );
    await page.screenshot({ path: `${publicDir}${file}`, omitBackground: !maskable });
    await page.close();
    console.log(`wrote public/${file}`);
  }
} finally {
  await browser.close();
}
