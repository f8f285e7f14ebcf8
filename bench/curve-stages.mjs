// CPU time of each stage between many customers and their density, in node (steadier under load
// than wall time in a browser): validateJourney, normalizeJourney, the trace matrix, the quartiles,
// the density binning and the grid. Minimum over runs, GC before each stage.
//
//   node bench/curve-stages.mjs [--count=100000] [--runs=6] [--src=src]
//
// --src measures another tree (e.g. a copy of src before a change). The numbers are in
// docs/performance.md, issue 15.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')));
const count = Number(args.count ?? 100_000);
const runs = Number(args.runs ?? 6);
const src = resolve(args.src ?? 'src');

const entry = `
import { validateJourney } from '${src}/model/validate.js';
import { normalizeJourney } from '${src}/model/normalize.js';
import { traceMatrix, stepQuantiles } from '${src}/layout/quantiles.js';
import { DensityBinner } from '${src}/layout/density.js';
import { generateIndividuals, phoneSystemJourney } from '${src}/samples/index.js';
const doc = { ...phoneSystemJourney, individuals: generateIndividuals(phoneSystemJourney, { count: ${count}, seed: 7 }) };
const best = {};
const cpu = (name, work) => {
  globalThis.gc();
  const before = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(before);
  best[name] = Math.min(best[name] ?? Infinity, (used.user + used.system) / 1000);
  return result;
};
for (let run = 0; run < ${runs}; run++) {
  // A new object each run: validation is not cached by object here, but keep it like the bench.
  const result = cpu('validate', () => validateJourney({ ...doc }));
  const journey = cpu('normalize', () => normalizeJourney(result.journey));
  const matrix = cpu('matrix', () => traceMatrix(journey.individuals, journey.stepIndexById, journey.steps.length));
  cpu('quantiles', () => stepQuantiles(matrix));
  // The bench's plot: 952 × 172 px, the steps' centres across it, the scale -2..2 top to bottom.
  const width = 952, height = 172, steps = matrix.steps;
  const xs = Array.from({ length: steps }, (_, i) => 20 + ((i + 0.5) * (width - 40)) / steps);
  const ys = new Float64Array(matrix.values.length);
  for (let i = 0; i < ys.length; i++) ys[i] = 10 + ((2 - matrix.values[i]) / 4) * (height - 20);
  const binner = new DensityBinner(ys, xs, matrix.customers, width, height);
  cpu('binning', () => { while (!binner.done) binner.bin(64); });
  cpu('grid', () => binner.grid());
}
console.log(JSON.stringify({ count: ${count}, runs: ${runs}, src: ${JSON.stringify(args.src ?? 'src')}, cpuMs: Object.fromEntries(Object.entries(best).map(([k, v]) => [k, Math.round(v)])) }));
`;
await mkdir('bench/dist', { recursive: true });
const outfile = 'bench/dist/curve-stages.mjs';
await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  nodePaths: [resolve('node_modules')],
  logLevel: 'warning',
});
execFileSync(process.execPath, ['--expose-gc', '--single-threaded-gc', '--max-old-space-size=6000', outfile], { stdio: 'inherit' });
