// `<emotion-curve>` with 100 000 customers (about 2 M events) drawn as a density, ours alone: wall
// time from appending the element to the frame after the one that shows the density, busy time, and
// the longest main-thread task (a PerformanceObserver for 'longtask' in the page). Target (issue 15):
// ≤ 2 000 ms wall, no task over 100 ms.
//
//   node bench/huge-curve.mjs [--runs=3] [--count=100000] [--bundle=<url>] [--before=<url>]
//
// Without --bundle it measures dist/journey-elements.bundle.js (run `npm run build` first), or an
// esbuild variant of a tree (`node bench/variant.mjs src current`, then
// --bundle=/bench/dist/variants/current.js). With --before, that bundle runs too, alternating with
// the other in its own page, and the paired ratio after/before is printed. Each run gives the element
// a new document object, so validation is timed every time (see bench/pages/curve.js).
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { buildPages, openPage, sample, start } from './lib/browser.mjs';
import { pairedRatio, summary } from './lib/stats.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const runs = Number(args.runs ?? 3);
const count = Number(args.count ?? 100_000);
const bundles = { after: typeof args.bundle === 'string' ? args.bundle : '/dist/journey-elements.bundle.js' };
if (typeof args.before === 'string') bundles.before = args.before;
if (!args.bundle && !existsSync('dist/journey-elements.bundle.js')) {
  console.error('huge-curve: dist/journey-elements.bundle.js is missing; run `npm run build` or pass --bundle.');
  process.exit(1);
}

const load = () => loadavg().map((v) => v.toFixed(1)).join(' ');
const loads = [];
console.error(`huge-curve: ${count} customers, ${runs} runs (+1 warm-up), ${JSON.stringify(bundles)}, load ${load()}`);
await buildPages();
const session = await start();
const names = Object.keys(bundles);
const results = Object.fromEntries(names.map((name) => [name, { wall: [], busy: [], longest: [], tasks: [] }]));
try {
  const pages = {};
  for (const name of names) pages[name] = await openPage(session, 'curve', bundles[name]);
  const supported = await pages.after.page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('longtask'));
  if (!supported) throw new Error('this browser has no Long Tasks API');
  for (let round = 0; round <= runs; round++) {
    for (const name of round % 2 ? [...names].reverse() : names) {
      const handle = pages[name];
      await handle.page.bringToFront();
      await handle.page.evaluate(() => window.bench.takeLongTasks());
      const result = await sample(handle, 'curve-ours', { count });
      // Long-task entries are delivered after the task: the settle frames and the check let them arrive.
      const seen = await handle.page.evaluate(() => window.bench.takeLongTasks());
      const longest = Math.max(0, ...seen);
      console.error(
        `  round ${round}${round === 0 ? ' (warm-up)' : ''} ${name}: wall ${result.wall.toFixed(0)} ms, busy ${result.busy.toFixed(0)} ms, ` +
          `long tasks ${seen.length} (longest ${longest.toFixed(0)} ms: ${seen.map((d) => d.toFixed(0)).join(', ')}), load ${load()}`,
      );
      if (round === 0) continue;
      loads.push(loadavg()[0]);
      results[name].wall.push(result.wall);
      results[name].busy.push(result.busy);
      results[name].longest.push(longest);
      results[name].tasks.push(seen.length);
    }
  }
  for (const name of names) if (pages[name].problems.length) console.error(`huge-curve: page problems (${name}): ${pages[name].problems.join('; ')}`);
} finally {
  await session.close();
}
const loadText = `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`;
console.log(`${count} customers, ${runs} rounds, 1-minute load average ${loadText}`);
console.log('| bundle | busy (median) | wall (median) | longest task (median, max) | long tasks > 50 ms | target | result |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const name of names) {
  const { wall, busy, longest, tasks } = results[name];
  const w = summary(wall);
  const l = summary(longest);
  const pass = w.median <= 2000 && l.max <= 100;
  console.log(
    `| ${name} (${bundles[name]}) | ${summary(busy).median} | ${w.median} | ${l.median}, ${l.max} | ${tasks.join(', ')} | ≤ 2 000 ms wall, no task > 100 ms | ${pass ? 'pass' : '**miss**'} |`,
  );
}
if (bundles.before) {
  const { after, before } = results;
  console.log(
    `after/before (paired): busy ${pairedRatio(after.busy, before.busy)}×, wall ${pairedRatio(after.wall, before.wall)}×, longest task ${pairedRatio(after.longest, before.longest)}×`,
  );
}
