// The transition table against one plain pass over the same events, in node, CPU time of the process
// (what a loaded machine disturbs least): the flow bench's data (bench/pages/flow-data.js), both
// workloads alternating in one process, each run's ratio side by side.
//
//   node bench/flow-table-cpu.mjs [--src=src] [--runs=140]
// --src: the source tree whose src/model is measured (another checkout, for before/after).
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { plainPass, withCustomers } from './pages/flow-data.js';

const options = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')));
const source = resolve(options.src ?? 'src');
const runs = Number(options.runs ?? 140);

await mkdir('bench/dist', { recursive: true });
const entry = `export { normalizeJourney } from '${source}/model/normalize.ts';\nexport { transitionTable } from '${source}/model/transitions.ts';\n`;
const outfile = 'bench/dist/flow-table-cpu.mjs';
await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  logLevel: 'warning',
});
const { normalizeJourney, transitionTable } = await import(`${pathToFileURL(outfile).href}?${Date.now()}`);
const journey = normalizeJourney(withCustomers());

const cpu = (work) => {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const table = [];
const plain = [];
let sink = 0;
for (let round = 0; round < runs + 10; round++) {
  const t = cpu(() => (sink += transitionTable(journey, { asOf: '2026-10-01' }).transitions.length));
  const p = cpu(() => (sink += plainPass(journey).transitions.length));
  if (round >= 10) {
    table.push(t);
    plain.push(p);
  }
}
const min = (list) => Math.min(...list);
const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
const ratios = table.map((t, i) => t / plain[i]);
console.log(
  `transitionTable (${options.src ?? 'src'}) vs plain pass, ${runs} rounds, load ${loadavg().map((v) => v.toFixed(2)).join(' ')}: ` +
    `table min ${min(table).toFixed(2)} / median ${median(table).toFixed(2)} ms, plain min ${min(plain).toFixed(2)} / median ${median(plain).toFixed(2)} ms, ` +
    `ratio of mins ${(min(table) / min(plain)).toFixed(2)}×, median of paired ratios ${median(ratios).toFixed(2)}× (${sink > 0 ? 'ok' : 'empty'})`,
);
