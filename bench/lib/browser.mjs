// Browser plumbing: bundling the bench pages, the static server, headless Chromium, and one sample
// of a workload (busy time from Chrome's Performance metrics around the work, wall time from the page).
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome-path.mjs';
import { serve } from '../../scripts/static-server.mjs';

export const VIEWPORT = { width: 1400, height: 1000, deviceScaleFactor: 1 };

/** Bundles the pages' entry scripts (with the comparison libraries, minified, in production mode). */
export async function buildPages() {
  await build({
    entryPoints: ['bench/pages/map.js', 'bench/pages/curve.js', 'bench/pages/customers.js'],
    outdir: 'bench/dist',
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
}

/** Starts the server on the project root and a headless browser. */
export async function start() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('no Chrome or Chromium found; set CHROME_PATH');
  const server = await serve('.');
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS, protocolTimeout: 600_000 });
  const version = await browser.version();
  return {
    server,
    browser,
    version,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens a bench page (`map`, `curve` or `customers`) with the given bundle URL and waits until it is ready. */
export async function openPage(session, name, bundle) {
  const page = await session.browser.newPage();
  await page.setViewport(VIEWPORT);
  await page.emulateMediaFeatures([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    { name: 'prefers-color-scheme', value: 'light' },
  ]);
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // Blocked outside requests (the sample persona's photo) and the favicon are expected.
    const text = message.text();
    if (message.type() === 'error' && !/ERR_BLOCKED_BY_CLIENT|404/.test(text)) problems.push(text);
  });
  // Nothing from outside the project (the sample persona photo points to the internet).
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(session.server.url)) request.continue();
    else request.abort('blockedbyclient');
  });
  const query = bundle ? `?bundle=${encodeURIComponent(bundle)}` : '';
  await page.goto(`${session.server.url}/bench/pages/${name}.html${query}`);
  try {
    await page.waitForFunction(() => window.bench?.ready === true, { timeout: 60_000 });
  } catch (error) {
    throw new Error(`bench page ${name} did not get ready: ${problems.join('; ') || error.message}`, { cause: error });
  }
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  return { page, cdp, problems };
}

async function taskDuration(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration').value * 1000;
}

/**
 * One sample: untimed setup and a forced GC, then the work. `wall` is the page's clock from the start
 * of the work to the frame after the one that shows it (two animation frames); `busy` is the main
 * thread's task time (TaskDuration) from just before the work until three frames later, so follow-up
 * work an element defers to a later frame is counted; `first` is the task time until the frame that
 * shows the work (what stands between the user and the first sight of it). The check afterwards fails the run if nothing
 * was drawn.
 */
export async function sample({ page, cdp }, name, params) {
  await page.evaluate((n, p) => window.bench.setup(n, p), name, params);
  await page.evaluate(() => window.gc());
  const before = await taskDuration(cdp);
  const wall = await page.evaluate((n) => window.bench.run(n), name);
  // Busy until the frame that shows the work, without the settle frames: what delays the first sight of it.
  const first = (await taskDuration(cdp)) - before;
  await page.evaluate(() => window.bench.settle());
  const busy = (await taskDuration(cdp)) - before;
  const check = await page.evaluate((n) => window.bench.check(n), name);
  await page.evaluate((n) => window.bench.teardown(n), name);
  if (check !== true) throw new Error(`${name} ${JSON.stringify(params ?? {})}: ${check}`);
  return { busy, wall, first };
}

/**
 * Runs several workloads side by side: `warmup` untimed rounds, then `runs` rounds in which every
 * side runs once, in an order that rotates each round so no side always goes first.
 */
export async function interleave(handle, sides, { runs, warmup, params, onRound }) {
  const results = Object.fromEntries(sides.map((side) => [side, { busy: [], wall: [], first: [] }]));
  for (let round = 0; round < warmup + runs; round++) {
    const order = sides.map((_, i) => sides[(i + round) % sides.length]);
    for (const side of order) {
      const { busy, wall, first } = await sample(handle, side, params);
      if (round >= warmup) {
        results[side].busy.push(busy);
        results[side].wall.push(wall);
        results[side].first.push(first);
      }
    }
    onRound?.(round + 1, warmup + runs);
  }
  return results;
}
