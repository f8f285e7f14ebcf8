// Takes the README screenshot: serves the project root, opens scripts/screenshot.html (the one-file
// bundle and a sample map loaded from `src`) in headless Chromium and saves docs/images/journey-map.png.
// Needs `npm run build` first (for dist/journey-elements.bundle.js).
//   node scripts/screenshot.mjs [output.png]
// With --stories it writes every Storybook story to PNG instead (scripts/screenshot-stories.mjs).
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { findChrome, CHROME_ARGS } from './chrome-path.mjs';
import { serve } from './static-server.mjs';
import { screenshotStories } from './screenshot-stories.mjs';

if (process.argv.includes('--stories')) {
  await screenshotStories(process.argv.slice(2).filter((arg) => arg !== '--stories'));
  process.exit(0);
}

const output = process.argv[2] ?? 'docs/images/journey-map.png';
const WIDTH = 1400;
/** Taller maps are cut here: the header, the step headers and the first lanes tell the story. */
const MAX_HEIGHT = 1800;

if (!existsSync('dist/journey-elements.bundle.js')) {
  console.error('screenshot: dist/journey-elements.bundle.js is missing; run `npm run build` first.');
  process.exit(1);
}
const executablePath = findChrome();
if (!executablePath) {
  console.error('screenshot: no Chrome or Chromium found; set CHROME_PATH.');
  process.exit(1);
}

const server = await serve('.');
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
const problems = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: WIDTH, height: 1000, deviceScaleFactor: 1 });
  // The same picture every time: no animation, and nothing fetched from outside the project (the
  // sample's persona photo URL points to the internet; the card falls back to initials).
  await page.emulateMediaFeatures([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    { name: 'prefers-color-scheme', value: 'light' },
  ]);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(server.url)) request.continue();
    else request.abort('blockedbyclient');
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(server.url)) problems.push(`failed to load ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });

  await page.goto(`${server.url}/scripts/screenshot.html`, { waitUntil: 'networkidle0' });
  // Drawn when the grid and the emotion lane's plot are in the map's shadow tree.
  await page.waitForFunction(
    () => {
      const map = document.querySelector('journey-map');
      const grid = map?.shadowRoot?.querySelector('[role="grid"]');
      const curve = map?.querySelector('emotion-curve') ?? map?.shadowRoot?.querySelector('emotion-curve');
      return Boolean(grid && curve?.shadowRoot?.querySelector('svg'));
    },
    { timeout: 20000 },
  );
  await page.evaluate(() => document.fonts.ready);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const errorPanel = await page.evaluate(() => document.querySelector('journey-map')?.shadowRoot?.querySelector('[part~="error"]')?.textContent);
  if (errorPanel) problems.push(`the map shows its error panel: ${errorPanel.replace(/\s+/g, ' ').trim()}`);

  const box = await page.evaluate(() => {
    const rect = document.querySelector('journey-map').getBoundingClientRect();
    return { y: rect.top + window.scrollY, height: rect.height };
  });
  const height = Math.min(MAX_HEIGHT, Math.ceil(box.y + box.height + 24));
  await mkdir(dirname(output), { recursive: true });
  await page.screenshot({ path: output, clip: { x: 0, y: 0, width: WIDTH, height }, captureBeyondViewport: true });
} finally {
  await browser.close();
  await server.close();
}

if (problems.length) {
  console.error(`screenshot: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`screenshot: wrote ${output} (${WIDTH}px wide)`);
