// Writes every Storybook story to PNG for a visual review: each story at 1440×900, 1024×768 and
// 375×812, in light, dark and right-to-left (and any locale asked for), from the built Storybook.
//   npm run build-storybook && node scripts/screenshot.mjs --stories [folder] [--filter text]
//     [--sizes 1440x900,375x812] [--variants light,dark,rtl,ru,ro] [--full]
// A variant is a theme (light, dark), `rtl`, or a locale (en, ru, ro); `dark-rtl` combines them.
// Without --full each picture is the first screen (what a reader sees without scrolling).
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findChrome, CHROME_ARGS } from './chrome-path.mjs';
import { serve } from './static-server.mjs';

const SIZES = ['1440x900', '1024x768', '375x812'];
const VARIANTS = ['light', 'dark', 'rtl'];

function option(args, name, fallback) {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
}

/** Storybook globals (`theme:dark;direction:rtl;locale:ru`) of a variant name. */
export function globalsOf(variant) {
  const globals = { theme: 'light', direction: 'ltr', locale: 'en' };
  for (const part of variant.split('-')) {
    if (part === 'light' || part === 'dark') globals.theme = part;
    else if (part === 'rtl') globals.direction = 'rtl';
    else if (part) globals.locale = part;
  }
  return Object.entries(globals)
    .map(([key, value]) => `${key}:${value}`)
    .join(';');
}

export async function screenshotStories(args) {
  const output = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'story-shots';
  const filter = option(args, '--filter', '');
  const sizes = option(args, '--sizes', SIZES.join(',')).split(',');
  const variants = option(args, '--variants', VARIANTS.join(',')).split(',');
  const full = args.includes('--full');
  if (!existsSync('storybook-static/index.json')) {
    console.error('screenshot: storybook-static/ is missing; run `npm run build-storybook` first.');
    process.exit(1);
  }
  const index = JSON.parse(await readFile('storybook-static/index.json', 'utf8'));
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(filter));
  const executablePath = findChrome();
  if (!executablePath) {
    console.error('screenshot: no Chrome or Chromium found; set CHROME_PATH.');
    process.exit(1);
  }
  await mkdir(output, { recursive: true });
  const server = await serve('storybook-static');
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
  const problems = [];
  let written = 0;
  try {
    const page = await browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    // Nothing from outside the project (the sample persona photo points to the internet).
    await page.setRequestInterception(true);
    page.on('request', (request) => (request.url().startsWith(server.url) ? request.continue() : request.abort('blockedbyclient')));
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    for (const story of stories) {
      for (const size of sizes) {
        const [width, height] = size.split('x').map(Number);
        await page.setViewport({ width, height, deviceScaleFactor: 1 });
        for (const variant of variants) {
          const url = `${server.url}/iframe.html?id=${story.id}&viewMode=story&globals=${encodeURIComponent(globalsOf(variant))}`;
          await page.goto(url, { waitUntil: 'load', timeout: 120000 });
          // Drawn when the story root has content and the elements in it have rendered.
          await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, { timeout: 60000 });
          await page.evaluate(() => document.fonts.ready);
          await new Promise((resolve) => setTimeout(resolve, 1000));
          const file = join(output, `${story.id}--${size}--${variant}.png`);
          await page.screenshot({ path: file, fullPage: full });
          written++;
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`screenshot: wrote ${written} story picture(s) to ${output}/`);
  if (problems.length) {
    console.error(`screenshot: ${problems.length} page error(s)\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}
