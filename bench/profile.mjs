// Where the time goes in one workload: runs it repeatedly under the V8 CPU profiler and Chrome's
// tracing, with an unminified bundle so function names survive, and prints
// the functions with the most self and total time plus the main thread's time by trace event.
// The profiled bundle is built from src/ (unminified, production Lit); --minified uses dist's bundle.
//
//   node bench/profile.mjs <page> <workload> [--runs=10] [--count=10000] [--minified]
//   e.g. node bench/profile.mjs map map-first-typical;  node bench/profile.mjs curve curve-ours --count=10000
// Writes the last run's bench-results/<workload>.cpuprofile (open it in Chrome DevTools).
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { buildPages, openPage, start } from './lib/browser.mjs';

const [pageName, workloadName] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .filter((arg) => arg.startsWith('--'))
    .map((arg) => {
      const [key, value] = arg.slice(2).split('=');
      return [key, value ?? true];
    }),
);
if (!pageName || !workloadName) {
  console.error('usage: node bench/profile.mjs <map|curve> <workload> [--runs=10] [--count=N] [--minified]');
  process.exit(1);
}
const runs = Number(args.runs ?? 10);
const params = args.count ? { count: Number(args.count) } : undefined;

await buildPages();
let bundle;
if (!args.minified) {
  await build({
    entryPoints: ['src/define.ts'],
    outfile: 'bench/dist/profile-bundle.js',
    bundle: true,
    format: 'esm',
    target: 'es2021',
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
  bundle = '/bench/dist/profile-bundle.js';
}

/** Self time per trace event name on the renderer's main thread (children's time subtracted). */
function traceBreakdown(events) {
  // The page's renderer is the one whose main thread did the most.
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const spansOf = (main) => events.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.dur > 0);
  const spans = mains
    .map(spansOf)
    .reduce((a, b) => (b.length > a.length ? b : a), [])
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const count = new Map();
  const stack = [];
  for (const span of spans) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= span.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - span.dur);
    self.set(span.name, (self.get(span.name) ?? 0) + span.dur);
    count.set(span.name, (count.get(span.name) ?? 0) + 1);
    stack.push(span);
  }
  return [...self.entries()].map(([name, us]) => [`${name} ×${count.get(name) / runs}`, us / 1000]).sort((a, b) => b[1] - a[1]);
}

/** Self and total time per function (name, file, line), summed over the profiles. */
function profileTables(profiles) {
  const self = new Map();
  const total = new Map();
  const key = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
  };
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const selfUs = new Map();
    profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    for (const [id, us] of selfUs) {
      const node = byId.get(id);
      self.set(key(node), (self.get(key(node)) ?? 0) + us);
      // Inclusive time: each frame on the stack once, however often it recurses.
      const seen = new Set();
      for (let current = id; current !== undefined; current = parent.get(current)) {
        const k = key(byId.get(current));
        if (seen.has(k)) continue;
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + us);
      }
    }
  }
  const top = (map) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, us]) => [k, us / 1000]);
  return { self: top(self), total: top(total) };
}

const session = await start();
try {
  const handle = await openPage(session, pageName, bundle);
  const { page, cdp } = handle;
  for (let i = 0; i < 3; i++) {
    await page.evaluate((n, p) => window.bench.setup(n, p), workloadName, params);
    await page.evaluate((n) => window.bench.run(n), workloadName);
    await page.evaluate((n) => window.bench.teardown(n), workloadName);
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const traces = [];
  const profiles = [];
  let wall = 0;
  // Only the work is profiled: setup, check and teardown run outside the profiler and the trace.
  for (let i = 0; i < runs; i++) {
    await page.evaluate((n, p) => window.bench.setup(n, p), workloadName, params);
    await page.evaluate(() => window.gc());
    await page.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'v8.execute', 'blink', 'disabled-by-default-devtools.timeline'] });
    await cdp.send('Profiler.start');
    wall += await page.evaluate((n) => window.bench.run(n), workloadName);
    await page.evaluate(() => window.bench.settle());
    profiles.push((await cdp.send('Profiler.stop')).profile);
    // One by one: a large map's trace has more events than a spread can pass as arguments.
    for (const event of JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents) traces.push(event);
    const check = await page.evaluate((n) => window.bench.check(n), workloadName);
    if (check !== true) throw new Error(check);
    await page.evaluate((n) => window.bench.teardown(n), workloadName);
  }
  await mkdir('bench-results', { recursive: true });
  await writeFile(`bench-results/${workloadName}.cpuprofile`, JSON.stringify(profiles[profiles.length - 1]));
  const { self, total } = profileTables(profiles);
  const print = (title, list, divisor) => {
    console.log(`\n${title} (ms per run)`);
    for (const [name, ms] of list) console.log(`${(ms / divisor).toFixed(2).padStart(9)}  ${name}`);
  };
  console.log(`${workloadName}: ${runs} runs, wall ${(wall / runs).toFixed(1)} ms per run (profiler and tracing on: slower than the bench)`);
  print('main thread by trace event, self time', traceBreakdown(traces).slice(0, 20), runs);
  print('JS functions by self time', self, runs);
  print('JS functions by total time', total, runs);
  if (handle.problems.length) console.log(`page problems: ${handle.problems.join('; ')}`);
} finally {
  await session.close();
}
