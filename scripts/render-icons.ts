/**
 * Renders the PWA's PNG icons from public/favicon.svg with the system Chromium, so the committed
 * PNGs can always be made again from the one SVG:
 *
 *   npx tsx scripts/render-icons.ts
 *
 * Writes public/icon-192.png, public/icon-512.png (transparent, as drawn) and
 * public/icon-maskable-512.png (the drawing at 60 % on a solid background, inside the safe zone
 * that Android's round and squircle masks keep).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium.ts';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'public/favicon.svg'), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const icons = [
  { file: 'icon-192.png', size: 192, scale: 1, background: 'transparent' },
  { file: 'icon-512.png', size: 512, scale: 1, background: 'transparent' },
  { file: 'icon-maskable-512.png', size: 512, scale: 0.6, background: '#f7f7f5' },
];

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: install one (apt-get install chromium) or set CHROMIUM_PATH.');
const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const inner = Math.round(icon.size * icon.scale);
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${icon.size}px;height:${icon.size}px;background:${icon.background}">` +
        `<img src="${dataUrl}" width="${inner}" height="${inner}"></body>`,
    );
    await page.screenshot({ path: resolve(root, 'public', icon.file), omitBackground: icon.background === 'transparent' });
    await page.close();
    console.log(`public/${icon.file}: ${icon.size}×${icon.size}`);
  }
} finally {
  await browser.close();
}
