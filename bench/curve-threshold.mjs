// `auto`'s threshold between lines and a density (layout/density.ts DENSITY_THRESHOLD), measured:
// `<emotion-curve>` with the same N customers drawn with traces="lines" and traces="density",
// interleaved in one page (as bench/run.mjs does), busy and wall medians and their paired ratio.
//
//   node bench/curve-threshold.mjs [--counts=100,200,500,1000,2000] [--runs=10] [--bundle=<url>]
//
// Without --bundle it measures dist/journey-elements.bundle.js (run `npm run build` first).
import { loadavg } from 'node:os';
import { buildPages, interleave, openPage, start } from './lib/browser.mjs';
import { pairedRatio, summary } from './lib/stats.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const counts = String(args.counts ?? '100,200,500,1000,2000').split(',').map(Number);
const runs = Number(args.runs ?? 10);
const bundle = typeof args.bundle === 'string' ? args.bundle : '/dist/journey-elements.bundle.js';
const load = () => loadavg().map((v) => v.toFixed(1)).join(' ');

console.error(`curve-threshold: ${bundle}, ${runs} rounds per count, load ${load()}`);
await buildPages();
const session = await start();
const rows = [];
try {
  const handle = await openPage(session, 'curve', bundle);
  for (const count of counts) {
    const sides = ['curve-ours-lines', 'curve-ours-density'];
    const results = await interleave(handle, sides, { runs, warmup: 2, params: { count } });
    const [lines, density] = sides.map((side) => results[side]);
    rows.push({
      count,
      lines: { busy: summary(lines.busy).median, wall: summary(lines.wall).median },
      density: { busy: summary(density.busy).median, wall: summary(density.wall).median },
      ratio: { busy: pairedRatio(density.busy, lines.busy), wall: pairedRatio(density.wall, lines.wall) },
    });
  }
  if (handle.problems.length) console.error(`page problems: ${handle.problems.join('; ')}`);
} finally {
  await session.close();
}
const ms = (value) => value.toFixed(1);
console.log('| customers | lines busy | density busy | density ÷ lines busy | lines wall | density wall | density ÷ lines wall |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  console.log(
    `| ${row.count} | ${ms(row.lines.busy)} | ${ms(row.density.busy)} | ${row.ratio.busy.toFixed(2)}× | ${ms(row.lines.wall)} | ${ms(row.density.wall)} | ${row.ratio.wall.toFixed(2)}× |`,
  );
}
console.error(`curve-threshold: done, load ${load()}`);
