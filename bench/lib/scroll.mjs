// Horizontal scroll of the large map: the grid is scrolled sideways once per animation frame while
// Chrome traces, and each frame's main-thread cost is read from the trace.
import { quantile, summary } from './stats.mjs';

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline.frame'];

/**
 * Main-thread busy time per frame: the top-level tasks of the renderer's main thread, grouped by the
 * frame they fall in (a frame starts with the task that fires its animation-frame callbacks).
 */
export function frameCosts(traceEvents) {
  const mains = traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best = [];
  for (const main of mains) {
    const onThread = traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
    const fired = onThread.filter((e) => e.name === 'FireAnimationFrame');
    if (fired.length <= best.length) continue;
    const tasks = onThread.filter((e) => /RunTask$/.test(e.name)).sort((a, b) => a.ts - b.ts);
    const frameTasks = fired
      .map((f) => tasks.find((t) => t.ts <= f.ts && f.ts <= t.ts + t.dur))
      .filter((task, i, all) => task && all.indexOf(task) === i);
    const costs = [];
    for (let k = 0; k + 1 < frameTasks.length; k++) {
      const start = frameTasks[k].ts;
      const end = frameTasks[k + 1].ts;
      costs.push(tasks.filter((t) => t.ts >= start && t.ts < end).reduce((sum, t) => sum + t.dur, 0) / 1000);
    }
    best = costs;
  }
  return best;
}

export async function measureScroll(handle, { passes, frames, step }) {
  const { page } = handle;
  const setup = await page.evaluate(() => window.scrollBench.mount());
  const costs = [];
  const intervals = [];
  let travelled = 0;
  for (let pass = 0; pass < passes; pass++) {
    // Alternate direction so each pass covers fresh columns without running out of width.
    const direction = pass % 2 === 0 ? 1 : -1;
    await page.evaluate(() => window.gc());
    await page.tracing.start({ categories: CATEGORIES });
    const start = await page.evaluate(() => window.scrollBench.position());
    const stamps = await page.evaluate((f, s) => window.scrollBench.scroll(f, s), frames, direction * step);
    const end = await page.evaluate(() => window.scrollBench.position());
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    travelled += Math.abs(end - start);
    // The first frame of a pass starts the scroll; it and the last (cut by the trace end) are left out.
    costs.push(...frameCosts(trace.traceEvents).slice(1, -1));
    for (let i = 2; i < stamps.length; i++) intervals.push(stamps[i] - stamps[i - 1]);
  }
  await page.evaluate(() => window.scrollBench.unmount());
  if (travelled === 0) throw new Error('the large map did not scroll');
  return {
    setup,
    travelledPx: Math.round(travelled),
    frameBusy: { ...summary(costs), p95: Math.round(quantile(costs, 0.95) * 100) / 100 },
    frameInterval: { ...summary(intervals), p95: Math.round(quantile(intervals, 0.95) * 100) / 100 },
  };
}
