// Opens every story of the built Storybook in headless Chromium and fails if any renders blank or
// logs an error: a green `storybook build` with a blank canvas has happened on this toolchain.
import puppeteer from 'puppeteer-core';
import { readFile } from 'node:fs/promises';
import { findChrome, CHROME_ARGS } from './chrome-path.mjs';
import { serve } from './static-server.mjs';

const index = JSON.parse(await readFile('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
if (stories.length === 0) {
  console.error('check-storybook: the built Storybook has no stories.');
  process.exit(1);
}

const server = await serve('storybook-static');
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const failures = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  let problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // The browser's own request for /favicon.ico is not the library's concern.
    if (message.type() === 'error' && !message.location()?.url?.endsWith('/favicon.ico')) {
      problems.push(`console error: ${message.text()} ${message.location()?.url ?? ''}`);
    }
  });
  for (const story of stories) {
    problems = [];
    // Generous: on a shared, loaded machine a story's first load has taken over 30 s (puppeteer's default).
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load', timeout: 120000 });
    // A story has rendered when a journey element in the root has drawn something into its shadow root.
    const rendered = await page
      .waitForFunction(
        () => {
          const root = document.querySelector('#storybook-root');
          const elements = root ? [...root.querySelectorAll('*')].filter((el) => el.tagName.includes('-')) : [];
          return elements.length > 0 && elements.every((el) => !el.shadowRoot || el.shadowRoot.childElementCount > 0);
        },
        { timeout: 60000 },
      )
      .then(() => true, () => false);
    if (!rendered) problems.push('nothing rendered in #storybook-root');
    if (problems.length) failures.push(`${story.id}:\n  ${problems.join('\n  ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}

if (failures.length) {
  console.error(`check-storybook: ${failures.length} of ${stories.length} stories failed\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`check-storybook: ${stories.length} stories rendered`);
