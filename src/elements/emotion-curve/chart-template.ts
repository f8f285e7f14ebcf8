import { html, nothing, svg, type TemplateResult } from 'lit';
import { curveText } from '../../i18n/curve-strings.js';
import { laneTitle } from '../../i18n/lane-strings.js';
import type { ColumnLayout } from '../../layout/types.js';
import type { StandaloneLayout } from './curve-derive.js';
import type { EmotionPlot } from '../../layout/curve-model.js';
import { SVG_TRACES_MAX, traceAlpha, tracePaths } from '../../layout/individuals-canvas.js';
import type { NormalizedJourney } from '../../model/types.js';
import { chartSummary } from '../../layout/summary.js';
import { pointAnnouncement, seriesName, textOptions, type CurveView } from './curve-view.js';
import { renderLegend, renderTable, renderTicks } from './parts-template.js';
import { renderCountRow, renderStageRow, renderStepRow } from './axis-template.js';
import { renderPlot, seriesToken } from './plot-template.js';
import { renderCells, renderRowHeader } from './row-template.js';
import { styleProps } from '../shared/style-props.js';
import { ENGLISH } from '../../i18n/translator.js';

export interface ChartOptions {
  tableOpen: boolean;
  /** How each scale label fits the tick column, and the axis words' measures (curve-derive.ts `standaloneLayout`). */
  axis?: Pick<StandaloneLayout, 'ticks' | 'measure'>;
  onKeyDown: (event: KeyboardEvent) => void;
  onPlotClick: (event: MouseEvent) => void;
  onToggleTable: () => void;
}

/** Each few-customers plot's trace paths, built once per plot (a focus move re-renders the same plot). */
const pathsByPlot = new WeakMap<EmotionPlot, string[]>();

/** Whether the customers' traces are SVG paths (a few customers as lines) rather than a canvas. */
export const svgTraces = (view: CurveView): boolean => !view.density && view.plot.customers <= SVG_TRACES_MAX;

/**
 * The customers' traces: a few as SVG paths, else the canvas they are drawn on after render (see
 * CurveState.drawCanvas).
 */
function renderCanvas(view: CurveView): TemplateResult | typeof nothing {
  const { plot } = view;
  if (plot.customers === 0 || !plot.traces) return nothing;
  const classes = `traces${view.density ? ' density' : ''}${plot.highlight ? ' dimmed' : ''}`;
  // In the customers' persona's colour, when they are all of one (seriesColor: --journey-individual otherwise).
  const color = styleProps({ '--series-color': seriesToken(plot.customerColor) });
  if (!svgTraces(view)) return html`<canvas class=${classes} style=${color} aria-hidden="true"></canvas>`;
  let paths = pathsByPlot.get(plot);
  if (!paths) pathsByPlot.set(plot, (paths = tracePaths(plot.traces, plot.centers, plot.y, plot.curve)));
  return html`<svg class="${classes} traces--svg" style=${color} width=${plot.width} height=${plot.height} aria-hidden="true">
    <g stroke-opacity=${traceAlpha(plot.customers)}>${paths.map((d) => svg`<path class="trace" d=${d}></path>`)}</g>
  </svg>`;
}

function summaryText(view: CurveView): string {
  const { journey, plot } = view;
  return chartSummary(
    journey.title,
    journey.steps.map((step) => step.title),
    journey.scale,
    plot.series.map((series) => ({ label: seriesName(series, view), values: series.points.map((p) => p.value) })),
    textOptions(view),
  );
}

/**
 * The standalone chart: the stages above, the tick column and the focusable plot (one tab stop, named
 * by the journey title, described by the summary), the step names and customer counts under it, the
 * legend, the summary, the live region that announces the point under the keyboard, and the table
 * behind a visible toggle.
 */
export function renderChart(view: CurveView, options: ChartOptions): TemplateResult {
  const { plot, layout } = view;
  const empty = plot.series.every((series) => series.points.every((point) => point.value === undefined));
  const announcement = view.active ? pointAnnouncement(view.active.series, view.active.step, view) : '';
  return html`<div class="chart" part="base">
    <div class="scroller">
      <div class="frame" style=${styleProps({ inlineSize: `${layout.headerWidth + plot.width}px` })}>
        ${renderStageRow(view, options.axis?.measure)}
        <div class="plot-row">
          <div class="axis" style=${styleProps({ inlineSize: `${layout.headerWidth}px`, blockSize: `${plot.height}px` })}>${renderTicks(view, options.axis?.ticks)}</div>
          <div
            class="plot"
            part="plot"
            role="application"
            tabindex="0"
            aria-label=${view.journey.title}
            aria-describedby="summary"
            style=${styleProps({ inlineSize: `${plot.width}px`, blockSize: `${plot.height}px` })}
            @keydown=${options.onKeyDown}
            @click=${options.onPlotClick}
          >
            ${renderCanvas(view)}${renderPlot(view)}
          </div>
        </div>
        ${renderStepRow(view, options.axis?.measure)}${renderCountRow(view, options.axis?.measure)}
      </div>
    </div>
    ${empty ? html`<p class="empty">${curveText(view, 'curve.empty')}</p>` : nothing}
    ${renderLegend(view)}
    <p id="summary" part="summary" class="summary">${summaryText(view)}</p>
    <div class="visually-hidden" role="status" aria-live="polite">${announcement}</div>
    <button
      type="button"
      part="toggle"
      class="table-toggle"
      aria-expanded=${options.tableOpen ? 'true' : 'false'}
      aria-controls="table"
      @click=${options.onToggleTable}
    >
      ${curveText(view, options.tableOpen ? 'curve.table.hide' : 'curve.table.show')}
    </button>
    ${renderTable(view, 'table', options.tableOpen)}
  </div>`;
}

const inlineSum = (element: Element, start: string, end: string) => {
  const style = getComputedStyle(element);
  return (parseFloat(style.getPropertyValue(start)) || 0) + (parseFloat(style.getPropertyValue(end)) || 0);
};

/**
 * The chart's padding and the scroller's borders around the columns: laid out at the element's
 * width, the frame's last column hid under the edge, behind a scroll bar. Before the first render,
 * the default styles' 2 × 0.5rem + 2 × 1px.
 */
export function chartInset(root: ParentNode): number {
  const chart = root.querySelector('.chart');
  const scroller = root.querySelector('.scroller');
  if (!chart || !scroller) return 2 * 8 + 2;
  return inlineSum(chart, 'padding-inline-start', 'padding-inline-end') + inlineSum(scroller, 'border-inline-start-width', 'border-inline-end-width');
}

/**
 * The lane's body inside a map: the plot (hidden from assistive technology) behind one transparent
 * cell per step column, which carry the values as their names.
 */
export function renderLaneBody(view: CurveView): TemplateResult {
  return html`<div
    class="lane-body"
    style=${styleProps({ inlineSize: `${view.layout.contentWidth}px`, blockSize: `${view.plot.height}px` })}
  >
    ${renderCanvas(view)}${renderPlot(view)}${renderTicks(view)}${renderCells(view)}
  </div>`;
}

export interface RowOptions {
  collapsed: boolean;
  onToggle: (event: Event) => void;
}

/**
 * The emotion lane as a row of a map: its header (named by the lane's title in the document, or the
 * localized default), then its body unless the lane is collapsed or there is nothing to plot.
 */
export function renderRow(journey: NormalizedJourney, layout: ColumnLayout, view: CurveView | undefined, options: RowOptions): TemplateResult {
  const lane = journey.lanes.find((candidate) => candidate.kind === 'emotion') ?? { kind: 'emotion' as const, key: 'emotion' };
  const title = laneTitle(lane, view ?? ENGLISH);
  const header = renderRowHeader(layout, view, { title, ...options });
  return options.collapsed || !view ? header : html`${header}${renderLaneBody(view)}`;
}
