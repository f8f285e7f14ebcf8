// Curve workloads: the B2B journey's 24 steps with N real customers, drawn by <emotion-curve> and by
// Observable Plot (SVG), ECharts (canvas and SVG renderers) and Chart.js (canvas), each drawing the
// same traces and the median line. Every side starts from the same document; the comparisons' timed
// work includes turning the customers' events into per-step values and computing the median, which
// <emotion-curve> does too (along with validation, quartiles, persona lines and the text summary).
import * as Plot from '@observablehq/plot';
import * as echarts from 'echarts';
import Chart from 'chart.js/auto';
import { median } from 'd3-array';
import { generateIndividuals, phoneSystemJourney } from '../../dist/samples/index.js';
import { freshContainer, workload } from './harness.js';

const bundle = new URLSearchParams(location.search).get('bundle') ?? '/dist/journey-elements.bundle.js';
await import(bundle);
await customElements.whenDefined('emotion-curve');

const WIDTH = 1000;
const HEIGHT = 240;
const TRACE_COLOR = '#334155';
const MEDIAN_COLOR = '#111827';

const documents = new Map();
function documentWith(count) {
  if (!documents.has(count)) {
    documents.set(count, { ...phoneSystemJourney, individuals: generateIndividuals(phoneSystemJourney, { count, seed: 7 }) });
  }
  return documents.get(count);
}

/** One Float64Array per customer (NaN where they have no event) and the per-step median. */
function traces(journey) {
  const steps = journey.stages.flatMap((stage) => (stage.steps?.length ? stage.steps : [stage]));
  const index = new Map(steps.map((step, i) => [step.id, i]));
  const columns = steps.length;
  const rows = journey.individuals.map((individual) => {
    const row = new Float64Array(columns).fill(NaN);
    for (const event of individual.events) {
      const i = index.get(event.step);
      if (i !== undefined && typeof event.emotion === 'number') row[i] = event.emotion;
    }
    return row;
  });
  const medians = Array.from({ length: columns }, (_, s) => median(rows, (row) => row[s]) ?? NaN);
  return { columns, rows, medians };
}

/** Translucent enough that one trace shows and thousands build up into a density. */
const alphaFor = (count) => Math.min(0.5, Math.max(0.04, 2 / Math.sqrt(Math.max(1, count))));

function canvasHasInk(canvas) {
  if (!canvas || canvas.width === 0) return false;
  const context = canvas.getContext('2d');
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
  return false;
}

let container;
let current;
let count = 1;

/** `<emotion-curve>` with the bench's customers, its `traces` attribute set when given. */
function runOurs(traces) {
  const curve = document.createElement('emotion-curve');
  if (traces) curve.setAttribute('traces', traces);
  // A new document object each run, as when a host loads data: the library validates a document
  // once per object (model/validated.ts), and the same object every run would time only a look-up.
  curve.journey = { ...documentWith(count) };
  container.append(curve);
  current = curve;
  // More than 20 000 customers' density is binned in slices after the first frame: wait until it is painted.
  return curve.updateComplete;
}

const sides = {
  ours: {
    run: () => runOurs(),
    check() {
      const root = current.shadowRoot;
      if (root.querySelector('[role="alert"]')) return 'the curve shows an error panel';
      if (!root.querySelector('.series--median path')) return 'no median line drawn';
      // A few customers are SVG paths (no canvas), more a canvas.
      if (root.querySelector('svg.traces path.trace[d^="M"]')) return true;
      return canvasHasInk(root.querySelector('canvas')) ? true : 'the traces canvas is blank';
    },
  },
  plot: {
    run() {
      const { columns, rows, medians } = traces(documentWith(count));
      const total = rows.length * columns;
      const x = new Float64Array(total);
      const y = new Float64Array(total);
      const z = new Int32Array(total);
      rows.forEach((row, r) => {
        for (let s = 0; s < columns; s++) {
          const i = r * columns + s;
          x[i] = s;
          y[i] = row[s];
          z[i] = r;
        }
      });
      const svg = Plot.plot({
        width: WIDTH,
        height: HEIGHT,
        x: { domain: [0, columns - 1] },
        y: { domain: [-2, 2], grid: true },
        marks: [
          Plot.line({ length: total }, { x, y, z, stroke: TRACE_COLOR, strokeOpacity: alphaFor(rows.length), strokeWidth: 1, curve: 'monotone-x' }),
          Plot.line(medians, { x: (_, i) => i, y: (d) => d, stroke: MEDIAN_COLOR, strokeWidth: 2, curve: 'monotone-x' }),
        ],
      });
      container.append(svg);
      current = svg;
    },
    check: () => (current.querySelectorAll('path').length >= 2 ? true : 'Plot drew no lines'),
  },
  // Plot drawing the picture <emotion-curve> draws for a few customers (issue 15's fair peer at 1
  // customer): each persona's line with a dot at each step and its value label, the step names on
  // the x axis, the customers' traces and their median. What ours draws besides (stage bands, counts,
  // legend, summary, the focus target) is not asked of Plot.
  'plot-chart': {
    run() {
      const journey = documentWith(count);
      const { rows, medians } = traces(journey);
      const steps = journey.stages.flatMap((stage) => (stage.steps?.length ? stage.steps : [stage]));
      const personas = journey.personas.map((persona) => persona.id);
      const points = [];
      steps.forEach((step, s) => {
        for (const persona of personas) {
          const value = typeof step.emotion === 'number' ? step.emotion : step.emotion?.[persona];
          if (typeof value === 'number') points.push({ s, persona, value });
        }
      });
      const customers = [];
      rows.forEach((row, r) => row.forEach((value, s) => customers.push({ s, value, r })));
      const svg = Plot.plot({
        width: WIDTH,
        height: HEIGHT,
        marginBottom: 70,
        x: { type: 'point', domain: steps.map((_, s) => s), tickFormat: (s) => steps[s].title, tickRotate: -35, label: null },
        y: { domain: [-2, 2], grid: true },
        marks: [
          Plot.ruleY([0]),
          Plot.line(customers, { x: 's', y: 'value', z: 'r', stroke: TRACE_COLOR, strokeOpacity: alphaFor(rows.length), strokeWidth: 1, curve: 'monotone-x' }),
          Plot.line(medians, { x: (_, i) => i, y: (d) => d, stroke: MEDIAN_COLOR, strokeWidth: 2, curve: 'monotone-x' }),
          Plot.line(points, { x: 's', y: 'value', z: 'persona', stroke: 'persona', strokeWidth: 2, curve: 'monotone-x' }),
          Plot.dot(points, { x: 's', y: 'value', fill: 'persona', r: 4 }),
          Plot.text(points, { x: 's', y: 'value', text: (d) => String(d.value), dy: -10 }),
        ],
      });
      container.append(svg);
      current = svg;
    },
    check: () => (current.querySelectorAll('circle').length >= 24 && current.querySelectorAll('text').length >= 48 ? true : 'Plot drew no chart'),
  },
  chartjs: {
    run() {
      const { columns, rows, medians } = traces(documentWith(count));
      const canvas = document.createElement('canvas');
      canvas.width = WIDTH;
      canvas.height = HEIGHT;
      container.append(canvas);
      const toPoints = (values) => Array.from(values, (value, s) => ({ x: s, y: Number.isNaN(value) ? null : value }));
      const alpha = alphaFor(rows.length);
      const datasets = rows.map((row) => ({
        data: toPoints(row),
        borderColor: `rgb(51 65 85 / ${alpha})`,
        borderWidth: 1,
        cubicInterpolationMode: 'monotone',
      }));
      datasets.push({ data: toPoints(medians), borderColor: MEDIAN_COLOR, borderWidth: 2, cubicInterpolationMode: 'monotone' });
      current = new Chart(canvas, {
        type: 'line',
        data: { datasets },
        options: {
          animation: false,
          responsive: false,
          parsing: false,
          normalized: true,
          spanGaps: false,
          events: [],
          elements: { point: { radius: 0 } },
          plugins: { legend: { display: false }, tooltip: { enabled: false } },
          scales: { x: { type: 'linear', min: 0, max: columns - 1 }, y: { min: -2, max: 2 } },
        },
      });
    },
    check: () => (canvasHasInk(current.canvas) ? true : 'Chart.js canvas is blank'),
    teardown: () => current.destroy(),
  },
};

// `auto`'s threshold (layout/density.ts DENSITY_THRESHOLD) measured: the same customers as lines and as a density.
for (const traces of ['lines', 'density']) sides[`ours-${traces}`] = { run: () => runOurs(traces), check: sides.ours.check };

/** ECharts: one `lines` series of polylines for the traces (its form for many lines), a smooth median. */
for (const renderer of ['canvas', 'svg']) {
  sides[`echarts-${renderer}`] = {
    run() {
      const { columns, rows, medians } = traces(documentWith(count));
      const segments = [];
      for (const row of rows) {
        let run = [];
        for (let s = 0; s <= columns; s++) {
          if (s < columns && !Number.isNaN(row[s])) {
            run.push([s, row[s]]);
          } else {
            if (run.length > 1) segments.push({ coords: run });
            run = [];
          }
        }
      }
      const box = document.createElement('div');
      container.append(box);
      const chart = echarts.init(box, null, { renderer, width: WIDTH, height: HEIGHT });
      chart.setOption({
        animation: false,
        xAxis: { type: 'value', min: 0, max: columns - 1 },
        yAxis: { type: 'value', min: -2, max: 2 },
        series: [
          {
            type: 'lines',
            coordinateSystem: 'cartesian2d',
            polyline: true,
            large: true,
            // Draw everything in this frame, like the others (ECharts otherwise spreads large series over frames).
            progressive: 0,
            silent: true,
            lineStyle: { color: TRACE_COLOR, width: 1, opacity: alphaFor(rows.length) },
            data: segments,
          },
          {
            type: 'line',
            data: medians.map((value, s) => [s, value]),
            smooth: true,
            smoothMonotone: 'x',
            showSymbol: false,
            silent: true,
            lineStyle: { color: MEDIAN_COLOR, width: 2 },
          },
        ],
      });
      current = chart;
    },
    check() {
      const dom = current.getDom();
      if (renderer === 'svg') return dom.querySelectorAll('path').length >= 2 ? true : 'ECharts SVG drew no lines';
      return canvasHasInk(dom.querySelector('canvas')) ? true : 'ECharts canvas is blank';
    },
    teardown: () => current.dispose(),
  };
}

for (const [side, definition] of Object.entries(sides)) {
  workload(`curve-${side}`, {
    setup(params) {
      count = params.count ?? 1;
      documentWith(count);
      container = freshContainer(WIDTH);
    },
    run: definition.run,
    check: definition.check,
    async teardown() {
      await definition.teardown?.();
      container.remove();
      current = undefined;
    },
  });
}

/** Long tasks (> 50 ms) seen by the page, for bench/huge-curve.mjs: `takeLongTasks()` returns and clears them. */
const longTasks = [];
try {
  new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
} catch {
  // No Long Tasks API: the list stays empty and the script says so.
}
window.bench.takeLongTasks = () => longTasks.splice(0);

window.bench.ready = true;
