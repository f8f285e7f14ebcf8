// Writes, for each sample journey, the map as the screen shows it and its exported PNG side by side
// files, so a reviewer can compare what the export keeps. Needs `npm run build` first.
//   node scripts/export-preview.mjs [output-folder] [--theme dark] [--dir rtl]
import puppeteer from 'puppeteer-core';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findChrome, CHROME_ARGS } from './chrome-path.mjs';
import { serve } from './static-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const output = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'export-preview';
const theme = option('--theme', 'light');
const dir = option('--dir', 'ltr');
const SAMPLES = ['phone-system', 'phone-system-future', 'bank-card-ru', 'partner-programme-ro', 'with-customers'];

await mkdir(output, { recursive: true });
const server = await serve('.');
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1440, height: 900 });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${server.url}/scripts/screenshot.html`);
  for (const name of SAMPLES) {
    const result = await page.evaluate(
      async ({ name, theme, dir }) => {
        const samples = await import('/dist/samples/index.js');
        const journey = name === 'with-customers' ? samples.phoneSystemWithIndividuals(200) : samples.sampleJourneys[name];
        document.body.replaceChildren();
        document.documentElement.dir = dir;
        const map = document.createElement('journey-map');
        map.setAttribute('theme', theme);
        map.setAttribute('locale', { 'bank-card-ru': 'ru', 'partner-programme-ro': 'ro' }[name] ?? 'en');
        map.journey = journey;
        document.body.append(map);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        const blob = await map.exportPNG({ scale: 1 });
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return { png: btoa(binary), svg: map.exportSVG() };
      },
      { name, theme, dir },
    );
    await writeFile(join(output, `${name}-${theme}-${dir}-export.png`), Buffer.from(result.png, 'base64'));
    await writeFile(join(output, `${name}-${theme}-${dir}-export.svg`), result.svg);
    await page.screenshot({ path: join(output, `${name}-${theme}-${dir}-screen.png`), fullPage: true });
    console.log(`export-preview: ${name}`);
  }
} finally {
  await browser.close();
  server.close();
}
