// Before/after of a fix, side by side in one run: the same workload on two bundles, alternating,
// each in its own page. Prints medians and the paired ratio after/before.
//   node bench/ab.mjs <map|curve> <workload> <before-bundle-url> <after-bundle-url> [--runs=20] [--count=N]
import { buildPages, openPage, sample, start } from './lib/browser.mjs';
import { pairedRatio, summary } from './lib/stats.mjs';

const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const options = Object.fromEntries(process.argv.slice(2).filter((arg) => arg.startsWith('--')).map((arg) => arg.slice(2).split('=')));
const [pageName, workload, before, after] = positional;
if (!after) {
  console.error('usage: node bench/ab.mjs <map|curve> <workload> <before-bundle-url> <after-bundle-url> [--runs=20] [--count=N]');
  process.exit(1);
}
const runs = Number(options.runs ?? 20);
const params = options.count ? { count: Number(options.count) } : undefined;

await buildPages();
const session = await start();
try {
  const sides = { before: await openPage(session, pageName, before), after: await openPage(session, pageName, after) };
  const results = { before: { busy: [], wall: [], first: [] }, after: { busy: [], wall: [], first: [] } };
  const warmup = 2;
  for (let round = 0; round < warmup + runs; round++) {
    for (const name of round % 2 ? ['after', 'before'] : ['before', 'after']) {
      await sides[name].page.bringToFront();
      const { busy, wall, first } = await sample(sides[name], workload, params);
      if (round >= warmup) {
        results[name].busy.push(busy);
        results[name].wall.push(wall);
        results[name].first.push(first);
      }
    }
  }
  const row = (name) => `${name.padEnd(7)} busy ${JSON.stringify(summary(results[name].busy))}\n        wall ${JSON.stringify(summary(results[name].wall))}\n        first frame busy ${JSON.stringify(summary(results[name].first))}`;
  console.log(`${workload}${params ? ` ${JSON.stringify(params)}` : ''}, ${runs} rounds\n${row('before')}\n${row('after')}`);
  console.log(`after/before: busy ${pairedRatio(results.after.busy, results.before.busy)}×, wall ${pairedRatio(results.after.wall, results.before.wall)}×, first frame busy ${pairedRatio(results.after.first, results.before.first)}×`);
} finally {
  await session.close();
}
