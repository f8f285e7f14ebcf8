// `npm run bench`: speed, size and memory of journey-elements, measured in headless Chromium against
// the alternatives in the same run. Benchmarks the BUILT one-file bundle (run `npm run build` first).
//
//   node bench/run.mjs [--quick] [--only=map,updates,customers,flow,large,hardening,scroll,curve,memory,size,insights,lint,compare]
//                      [--bundle=/path/served/from/the/project/root.js] [--out=bench-results/results.json]
//                      [--sides=plot,plot-chart,echarts-canvas,echarts-svg,chartjs] [--counts=1,2000,10000]   (curve only)
//
// Prints a table and writes JSON, plus the table in Markdown next to it (for docs/performance.md).
// Times are medians over repeated runs; busy = main-thread task time (Chrome's TaskDuration metric)
// until a few frames after the work; wall = time to the frame after the one that shows it.
// docs/performance.md describes the method, the workloads and the other scripts here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { buildPages, interleave, openPage, start } from './lib/browser.mjs';
import { measureCycles } from './lib/memory.mjs';
import { formatMarkdown, formatTable, judge } from './lib/report.mjs';
import { measureScroll } from './lib/scroll.mjs';
import { bundleFiles, measureSizes } from './lib/size.mjs';
import { pairedRatio, summary } from './lib/stats.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const quick = Boolean(args.quick);
const only = typeof args.only === 'string' ? new Set(args.only.split(',')) : undefined;
const wanted = (group) => !only || only.has(group);
const out = typeof args.out === 'string' ? args.out : 'bench-results/results.json';
const bundle = typeof args.bundle === 'string' ? args.bundle : undefined;
const bundleUrl = bundle ?? '/bench/dist/journey-elements.bundle.js';

/** Repetitions per workload (after warm-up), fewer for the heavy ones; --quick cuts them for trying things out. */
const RUNS = quick
  ? { map: 6, large: 3, hardening: 2, curve: { 1: 6, 200: 5, 2000: 3, 10000: 2 }, cycles: 100, scrollPasses: 2 }
  : { map: 25, large: 10, hardening: 5, curve: { 1: 25, 200: 20, 2000: 10, 10000: 6 }, cycles: 1000, scrollPasses: 4 };

if (!existsSync('dist/journey-elements.bundle.js')) {
  console.error('bench: dist/journey-elements.bundle.js is missing; run `npm run build` first.');
  process.exit(1);
}

const log = (message) => process.stderr.write(`${message}\n`);
const rows = [];
const extra = {};

/** A row from the busy time until the frame that shows the work (`first`) instead of until it settled. */
function firstFrameRow(workload, oursName, theirsName, results, targets, comparison) {
  const firstOnly = (side) => side && { ...side, busy: side.first };
  return pairRow(workload, oursName, theirsName, { [oursName]: firstOnly(results[oursName]), [theirsName]: firstOnly(results[theirsName]) }, targets, comparison);
}

function pairRow(workload, oursName, theirsName, results, targets, comparison) {
  const ours = results[oursName];
  const theirs = theirsName ? results[theirsName] : undefined;
  const row = {
    workload,
    comparison: theirs ? comparison : undefined,
    ours: { busy: summary(ours.busy), wall: summary(ours.wall) },
    theirs: theirs ? { busy: summary(theirs.busy), wall: summary(theirs.wall) } : undefined,
    ratio: theirs ? { busy: pairedRatio(ours.busy, theirs.busy), wall: pairedRatio(ours.wall, theirs.wall) } : undefined,
    targets,
  };
  row.pass = judge(row);
  rows.push(row);
  return row;
}

const progress = (label) => (done, total) => {
  if (process.stderr.isTTY) process.stderr.write(`\r  ${label}: ${done}/${total}   ${done === total ? '\n' : ''}`);
  else if (done === total) log(`  ${label}: ${total} rounds`);
};

log('bench: bundling the pages…');
await buildPages();
// The pages load a copy (the entry and the parts it loads from its folder), so a rebuild of dist/
// while the bench runs cannot change what is measured.
if (!bundle) for (const file of bundleFiles()) await copyFile(file, file.replace(/^dist\//, 'bench/dist/'));
const session = await start();
const machine = {
  date: new Date().toISOString(),
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  freeH: (() => {
    try {
      return execFileSync('free', ['-h'], { encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  })(),
  browser: session.version,
  node: process.version,
  loadAverageAtStart: loadavg().map((v) => Math.round(v * 100) / 100),
  bundle: bundle ?? 'dist/journey-elements.bundle.js (copied to bench/dist before the run)',
  quick,
};
log(`bench: ${machine.browser}, node ${machine.node}, ${machine.cpus} cores, load ${machine.loadAverageAtStart.join(' ')}`);

try {
  if (wanted('insights')) {
    // The floors the issues name, in the same run: a filter change against a one-cell update, lint
    // against validation of the large sample, the large map compared with another against it alone.
    const handle = await openPage(session, 'map', bundleUrl);
    log('bench: filter, lint and comparison…');
    const updates = await interleave(handle, ['map-filter-change', 'map-update-text', 'lint-large', 'validate-large'], { runs: RUNS.map, warmup: 3, onRound: progress('filter and lint') });
    pairRow('typical map: filter change', 'map-filter-change', 'map-update-text', updates, [{ kind: 'ratio', limit: 1.2 }], "one cell's text updated");
    pairRow('large sample: lintJourney', 'lint-large', 'validate-large', updates, [{ kind: 'ratio', limit: 1.2 }], 'validateJourney of the same document');
    const compare = await interleave(handle, ['map-compare-large', 'map-first-large'], { runs: RUNS.large, warmup: 1, onRound: progress('comparison') });
    pairRow('large map compared with another large document (compareTo): first render', 'map-compare-large', 'map-first-large', compare, [{ kind: 'ratio', limit: 1.2 }], 'the large map alone');
    firstFrameRow('large map compared (compareTo): first frame', 'map-compare-large', 'map-first-large', compare, [{ kind: 'ratio', limit: 1.2 }], 'the large map alone');
    if (handle.problems.length) log(`bench: page problems (insights): ${handle.problems.join('; ')}`);
    await handle.page.close();
  }

  if (only?.has('lint') && !only.has('insights')) {
    // Only the lint row of `insights` (lint against validation of the large sample), for before/after runs.
    const handle = await openPage(session, 'map', bundleUrl);
    log('bench: lint…');
    const results = await interleave(handle, ['lint-large', 'validate-large'], { runs: RUNS.map, warmup: 3, onRound: progress('lint') });
    pairRow('large sample: lintJourney', 'lint-large', 'validate-large', results, [{ kind: 'ratio', limit: 1.2 }], 'validateJourney of the same document');
    if (handle.problems.length) log(`bench: page problems (lint): ${handle.problems.join('; ')}`);
    await handle.page.close();
  }

  if (only?.has('compare') && !only.has('insights')) {
    // Only the comparison rows of `insights` (the large map compared with another against it alone), for before/after runs.
    const handle = await openPage(session, 'map', bundleUrl);
    log('bench: comparison…');
    const sides = ['map-compare-large', 'map-first-large', 'map-alone-large-other', 'map-compare-complete-large', 'map-complete-large-other'];
    const compare = await interleave(handle, sides, { runs: RUNS.large, warmup: 1, onRound: progress('comparison') });
    pairRow('large map compared with another large document (compareTo): first render', 'map-compare-large', 'map-first-large', compare, [{ kind: 'ratio', limit: 1.2 }], 'the large map alone');
    firstFrameRow('large map compared (compareTo): first frame', 'map-compare-large', 'map-first-large', compare, [{ kind: 'ratio', limit: 1.2 }], 'the large map alone');
    // The same document alone (the compared map's own texts, seed 2), and both until every column is drawn.
    pairRow('large map compared (compareTo): first render, vs its own document alone', 'map-compare-large', 'map-alone-large-other', compare, [{ kind: 'ratio', limit: 1.2 }], 'the same document alone');
    firstFrameRow('large map compared (compareTo): first frame, vs its own document alone', 'map-compare-large', 'map-alone-large-other', compare, [{ kind: 'ratio', limit: 1.2 }], 'the same document alone');
    pairRow('large map compared (compareTo): until every column is drawn', 'map-compare-complete-large', 'map-complete-large-other', compare, [{ kind: 'ratio', limit: 1.2 }], 'the same document alone, every column');
    if (handle.problems.length) log(`bench: page problems (compare): ${handle.problems.join('; ')}`);
    await handle.page.close();
  }

  if (wanted('map') || wanted('updates') || wanted('customers') || wanted('flow') || wanted('large') || wanted('scroll') || wanted('memory') || wanted('hardening')) {
    const handle = await openPage(session, 'map', bundleUrl);
    if (wanted('map')) {
      log('bench: typical map, first render vs the static table…');
      const results = await interleave(handle, ['map-first-typical', 'map-complete-typical', 'table-first-typical'], { runs: RUNS.map, warmup: 3, onRound: progress('typical first render') });
      // Issue 15's targets (ratios to the static table in the same run; the absolute budgets were dropped).
      pairRow('typical map: first render', 'map-first-typical', 'table-first-typical', results, undefined, 'static table');
      firstFrameRow('typical map: first frame (busy until the frame that shows it)', 'map-first-typical', 'table-first-typical', results, [{ kind: 'ratio', limit: 1.0, label: 'floor' }], 'static table');
      pairRow('typical map: every column drawn (updateComplete)', 'map-complete-typical', 'table-first-typical', results, [{ kind: 'ratio', limit: 2.5, label: 'floor' }], 'static table');
    }
    if (wanted('updates')) {
      log('bench: typical map, updates…');
      const results = await interleave(handle, ['map-update-emotion', 'map-update-text', 'map-edit-text', 'table-update-text', 'map-replace', 'table-replace', 'noop'], { runs: RUNS.map, warmup: 3, onRound: progress('updates') });
      pairRow('harness: no work at all (the floor of the method)', 'noop', undefined, results);
      pairRow("typical map: update one step's emotion", 'map-update-emotion', undefined, results);
      pairRow("typical map: update one cell's text", 'map-update-text', 'table-update-text', results, [{ kind: 'ratio', limit: 1.2, label: 'floor' }], 'static table, the same text set by hand');
      pairRow('editable map: commit a text edit (Enter in the editor)', 'map-edit-text', 'map-update-text', results, [{ kind: 'ratio', limit: 1.2 }], "one cell's text set as a new document");
      pairRow('typical map: replace the document', 'map-replace', 'table-replace', results, undefined, 'static table');
      firstFrameRow('typical map: replace the document, first frame', 'map-replace', 'table-replace', results, [{ kind: 'ratio', limit: 1.2, label: 'floor' }], 'static table');
    }
    if (wanted('customers')) {
      log('bench: customers…');
      const results = await interleave(handle, ['map-open-customer', 'map-update-text-customers', 'customers-summarize', 'customers-plain-pass', 'customers-sort'], { runs: RUNS.map, warmup: 3, onRound: progress('customers') });
      pairRow('typical map with 200 customers: open one customer (`customer`)', 'map-open-customer', 'map-update-text-customers', results, [{ kind: 'ratio', limit: 1.2 }], "one cell's text set as a new document, same map");
      // The same pair in the map page, interleaved with the map and table workloads: no target (see the row below).
      pairRow('10 000 customers: summarizeCustomers in the map page, beside the map and table workloads', 'customers-summarize', 'customers-plain-pass', results, undefined, 'one plain pass over the events');
      pairRow('<journey-customers> of 10 000 customers: sort by name (the header button), to the frame that shows it', 'customers-sort', undefined, results, [{ kind: 'wall', limit: 100 }]);
      // The row's target, in a page of its own: there the map's and the table's documents cannot make V8
      // throw away the optimized walk between samples (docs/performance.md, issue 17).
      const own = await openPage(session, 'customers', bundleUrl);
      const alone = await interleave(own, ['customers-summarize', 'customers-plain-pass', 'noop'], { runs: RUNS.map, warmup: 3, onRound: progress('customers, own page') });
      pairRow('10 000 customers: current step, score and stalled flag of each (summarizeCustomers), in its own page', 'customers-summarize', 'customers-plain-pass', alone, [{ kind: 'ratio', limit: 1.5 }], 'one plain pass over the events');
      pairRow('harness: no work at all, in the customers page', 'noop', undefined, alone);
      if (own.problems.length) log(`bench: page problems (customers page): ${own.problems.join('; ')}`);
      await own.page.close();
    }
    if (wanted('flow')) {
      log('bench: flow…');
      const results = await interleave(handle, ['flow-table', 'flow-plain-pass', 'flow-first', 'flow-d3-plain'], { runs: RUNS.large, warmup: 2, onRound: progress('flow') });
      pairRow('300 steps, 894 transitions, 10 000 customers × 8 events: the transition table (transitionTable)', 'flow-table', 'flow-plain-pass', results, [{ kind: 'ratio', limit: 1.5 }], 'one plain pass over the events');
      pairRow('<journey-flow> of 300 steps and 894 transitions with counts: first render', 'flow-first', 'flow-d3-plain', results, [{ kind: 'ratio', limit: 1.5 }], 'the same graph drawn by hand with plain d3');
      firstFrameRow('<journey-flow> of 300 steps: first frame (busy until the frame that shows it)', 'flow-first', 'flow-d3-plain', results, [{ kind: 'ratio', limit: 1.5 }], 'the same graph drawn by hand with plain d3');
    }
    if (wanted('large')) {
      log('bench: large map, first render vs the static table…');
      const results = await interleave(handle, ['map-first-large', 'map-complete-large', 'table-first-large'], { runs: RUNS.large, warmup: 1, onRound: progress('large first render') });
      pairRow('large map: first render', 'map-first-large', 'table-first-large', results, [{ kind: 'busy', limit: 150 }, { kind: 'ratio', limit: 1.5, label: 'floor' }], 'static table');
      firstFrameRow('large map: first frame (busy until the frame that shows it)', 'map-first-large', 'table-first-large', results, [{ kind: 'busy', limit: 150 }, { kind: 'ratio', limit: 1.5, label: 'floor' }], 'static table');
      pairRow('large map: every column drawn (updateComplete)', 'map-complete-large', 'table-first-large', results, undefined, 'static table');
    }
    if (wanted('hardening')) {
      log('bench: huge documents…');
      const names = ['map-huge-steps', 'map-huge-text', 'map-huge-depth'];
      const results = await interleave(handle, names, { runs: RUNS.hardening, warmup: 1, onRound: progress('huge documents') });
      pairRow('huge document: 100 000 steps, "too large" notice', 'map-huge-steps', undefined, results, [{ kind: 'busy', limit: 2000 }]);
      pairRow('huge document: 1 MB text in one cell', 'map-huge-text', undefined, results, [{ kind: 'busy', limit: 2000 }]);
      pairRow('huge document: unknown field 10 000 levels deep', 'map-huge-depth', undefined, results, [{ kind: 'busy', limit: 2000 }]);
    }
    if (wanted('scroll')) {
      log('bench: large map, horizontal scroll…');
      const scroll = await measureScroll(handle, { passes: RUNS.scrollPasses, frames: 90, step: 40 });
      extra.scroll = scroll;
      const row = {
        workload: 'large map: scroll frame (p95 main-thread busy)',
        oursText: `${scroll.frameBusy.p95.toFixed(1)}`,
        targets: [{ kind: 'value', value: scroll.frameBusy.p95, limit: 16, text: '≤ 16 ms per frame' }],
        detail: scroll,
      };
      row.pass = judge(row);
      rows.push(row);
    }
    if (wanted('memory')) {
      log(`bench: ${RUNS.cycles} mount/unmount cycles of the typical map…`);
      const memory = await measureCycles(handle, { cycles: RUNS.cycles, warmup: 10, onProgress: progress('cycles') });
      extra.memory = memory;
      const row = {
        workload: `memory: heap growth after ${memory.cycles} cycles (%)`,
        oursText: `${memory.growthPercent.toFixed(1)}`,
        targets: [{ kind: 'value', value: memory.growthPercent, limit: 10, text: '≤ 10 %' }],
        detail: memory,
      };
      row.pass = judge(row);
      rows.push(row);
    }
    if (handle.problems.length) log(`bench: page problems (map): ${handle.problems.join('; ')}`);
    await handle.page.close();
  }

  if (wanted('curve')) {
    const handle = await openPage(session, 'curve', bundleUrl);
    // --sides=plot (and --counts=1,2000,10000) run only those comparisons: ours against Plot at the
    // target counts fits in a few minutes, where every library at every count takes ~20.
    const theirs =
      typeof args.sides === 'string'
        ? args.sides.split(',').map((side) => `curve-${side}`)
        : ['curve-plot', 'curve-plot-chart', 'curve-echarts-canvas', 'curve-echarts-svg', 'curve-chartjs'];
    const counts = typeof args.counts === 'string' ? args.counts.split(',').map(Number) : [1, 200, 2000, 10000];
    const names = {
      'curve-plot': 'Observable Plot (SVG)',
      'curve-plot-chart': 'Observable Plot, the same chart (SVG)',
      'curve-echarts-canvas': 'ECharts (canvas)',
      'curve-echarts-svg': 'ECharts (SVG)',
      'curve-chartjs': 'Chart.js (canvas)',
    };
    for (const count of counts) {
      // Plot drawing our whole chart (persona lines, dots, value labels, step names) is the fair peer
      // of a few customers (issue 15); with thousands it is the traces that count, and the bare row's.
      const sides = ['curve-ours', ...theirs.filter((side) => side !== 'curve-plot-chart' || count <= 200)];
      log(`bench: curve, ${count} customers × 24 steps…`);
      const results = await interleave(handle, sides, { runs: RUNS.curve[count], warmup: count >= 2000 ? 1 : 3, params: { count }, onRound: progress(`curve ${count}`) });
      for (const side of sides.slice(1)) {
        const targets =
          count === 1
            ? side === 'curve-plot-chart'
              ? [{ kind: 'ratio', limit: 1, label: 'Plot, the same chart' }]
              : undefined
            : side === 'curve-plot' && count >= 2000
              ? [{ kind: 'ratio', limit: count >= 10000 ? 0.3 : 0.5, label: 'Plot' }]
              : undefined;
        pairRow(`curve: ${count} × 24 + median`, 'curve-ours', side, results, targets, names[side]);
      }
    }
    if (handle.problems.length) log(`bench: page problems (curve): ${handle.problems.join('; ')}`);
    await handle.page.close();
  }
} finally {
  await session.close();
}

if (wanted('size')) {
  log('bench: sizes…');
  const sizes = await measureSizes();
  extra.size = sizes;
  for (const size of sizes) {
    const everything = size.file === 'dist/journey-elements.bundle.js';
    const row = {
      workload: `size: ${size.name}, kB min+gzip`,
      oursText: (size.gzip / 1000).toFixed(1),
      targets: everything ? [{ kind: 'value', value: size.gzip / 1000, limit: 40, text: '≤ 40 kB gzip' }] : undefined,
      detail: size,
    };
    row.pass = judge(row);
    rows.push(row);
  }
}

machine.loadAverageAtEnd = loadavg().map((v) => Math.round(v * 100) / 100);
console.log(formatTable(rows));
await mkdir(dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify({ machine, rows, ...extra }, null, 2)}\n`);
const markdown = out.replace(/\.json$/, '') + '.md';
await writeFile(markdown, `${formatMarkdown(rows)}\n`);
log(`bench: wrote ${out} and ${markdown}`);
