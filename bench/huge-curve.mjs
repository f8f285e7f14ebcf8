// `<emotion-curve>` with 100 000 customers (about 2 M events) drawn as a density, ours alone: wall
// time from appending the element to the frame that shows the density, busy time, and the longest
// main-thread task (a PerformanceObserver for 'longtask' in the page). Target (issue 15): ≤ 2 000 ms
// wall, no task over 100 ms.
//
//   node bench/huge-curve.mjs [--runs=3] [--count=100000] [--bundle=/path/served/from/the/project/root.js]
//
// Without --bundle it measures dist/journey-elements.bundle.js (run `npm run build` first), or an
// esbuild variant of a tree (`node bench/variant.mjs src current`, then
// --bundle=/bench/dist/variants/current.js). Each run gives the element a new document object, so
// validation is timed every time (see bench/pages/curve.js).
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { buildPages, openPage, sample, start } from './lib/browser.mjs';
import { summary } from './lib/stats.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const runs = Number(args.runs ?? 3);
const count = Number(args.count ?? 100_000);
const bundle = typeof args.bundle === 'string' ? args.bundle : '/dist/journey-elements.bundle.js';
if (!args.bundle && !existsSync('dist/journey-elements.bundle.js')) {
  console.error('huge-curve: dist/journey-elements.bundle.js is missing; run `npm run build` or pass --bundle.');
  process.exit(1);
}

const load = () => loadavg().map((v) => v.toFixed(1)).join(' ');
console.error(`huge-curve: ${count} customers, ${runs} runs (+1 warm-up), ${bundle}, load ${load()}`);
await buildPages();
const session = await start();
const wall = [];
const busy = [];
const longest = [];
const tasks = [];
try {
  const handle = await openPage(session, 'curve', bundle);
  const supported = await handle.page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('longtask'));
  if (!supported) throw new Error('this browser has no Long Tasks API');
  for (let round = 0; round <= runs; round++) {
    await handle.page.evaluate(() => window.bench.takeLongTasks());
    const result = await sample(handle, 'curve-ours', { count });
    // Long-task entries are delivered after the task: the settle frames and the check let them arrive.
    const seen = await handle.page.evaluate(() => window.bench.takeLongTasks());
    const line = `  round ${round}${round === 0 ? ' (warm-up)' : ''}: wall ${result.wall.toFixed(0)} ms, busy ${result.busy.toFixed(0)} ms, long tasks ${seen.length} (longest ${Math.max(0, ...seen).toFixed(0)} ms), load ${load()}`;
    console.error(line);
    if (round === 0) continue;
    wall.push(result.wall);
    busy.push(result.busy);
    longest.push(Math.max(0, ...seen));
    tasks.push(seen.length);
  }
  if (handle.problems.length) console.error(`huge-curve: page problems: ${handle.problems.join('; ')}`);
} finally {
  await session.close();
}
const w = summary(wall);
const b = summary(busy);
const l = summary(longest);
console.log(
  JSON.stringify({ count, runs, bundle, load: load(), wall: w, busy: b, longestTask: l, longTasks: tasks }, null, 2),
);
console.log(
  `| curve: ${count.toLocaleString('en')} × 24 (density), ours alone | ${b.median} | ${w.median} | ${l.median} (max ${l.max}) | ≤ 2 000 ms wall, no task > 100 ms | ${w.median <= 2000 && l.max <= 100 ? 'pass' : '**miss**'} |`,
);
