import { curveText } from '../i18n/curve-strings.js';
import { timeString } from '../i18n/time-strings.js';
import { formatNumber } from '../i18n/number-format.js';
import { buildEmotionPlot, type EmotionPlot, type PlotSeries } from '../layout/curve-model.js';
import { formatEmotion } from '../layout/summary.js';
import { traceMatrix } from '../layout/quantiles.js';
import type { ColumnLayout } from '../layout/types.js';
import type { NormalizedJourney } from '../model/types.js';
import type { CellContext } from '../views/context.js';
import { highlightObstacles, placeValueLabels, SEPARATOR, tickObstacles } from '../layout/value-labels.js';
import type { ScaleTick } from '../layout/curve.js';
import type { ExportPalette } from './palette.js';
import { add, EXPORT, lineHeightOf, measureText, textBlock, wrapped, type SceneNode } from './scene-node.js';

/** Room above and below the scale inside the lane, for value labels and the customer counts. */
const PADDING = { top: 22, bottom: 26 };
/** Where a legend name starts in the lane header, after its colour swatch. */
const LEGEND_INDENT = 20;

export interface EmotionFrame {
  ctx: CellContext;
  layout: ColumnLayout;
  palette: ExportPalette;
  rtl: boolean;
  compare?: NormalizedJourney;
  defaultSeriesName?: string;
  /** The opened customer's id: their trace drawn over the rest. */
  highlight?: string;
}

/** The emotion plot the export draws: the screen's own plot model, at the export's size. */
export function exportPlot(frame: EmotionFrame): EmotionPlot {
  const { journey, persona } = frame.ctx;
  const traces = journey.individuals.length
    ? traceMatrix(journey.individuals, journey.stepIndexById, journey.steps.length, persona)
    : undefined;
  return buildEmotionPlot(journey, frame.layout, {
    height: EXPORT.emotionHeight,
    persona,
    compare: frame.compare,
    traces,
    rtl: frame.rtl,
    highlight: frame.highlight,
    padding: PADDING,
  });
}

/** A persona's colour; slot 0 (customers of several personas) is the customers' own colour, as on screen. */
const seriesColour = (palette: ExportPalette, slot: number) => (slot ? palette.series[(slot - 1) % palette.series.length]! : palette.individual);

/** A series' name in the legend: its persona's, else the map's word for a series without one. */
const legendName = (series: PlotSeries, frame: EmotionFrame) => series.name ?? frame.defaultSeriesName ?? series.personaId ?? '';

const legendSeries = (plot: EmotionPlot) => plot.series.filter((series) => series.kind === 'current');

/** A legend entry: its words and its swatch (a line, a dashed line or a shaded box) in its colour. */
interface LegendEntry {
  name: string;
  colour: string;
  swatch?: 'dashed' | 'shaded';
}

/**
 * The legend's entries: each persona's line (when there are two or more), the customers' median and
 * middle half, then the opened customer's trace; compared with another document, what the dashed
 * line and the shaded area are.
 */
function legendEntries(plot: EmotionPlot, frame: EmotionFrame): LegendEntry[] {
  const series = legendSeries(plot);
  const entries: LegendEntry[] = series.length < 2 ? [] : series.map((one) => ({ name: legendName(one, frame), colour: seriesColour(frame.palette, one.color) }));
  // The customers' median and middle half, named as the screen's legend names them.
  const median = plot.series.find((one) => one.kind === 'median');
  if (median) entries.push({ name: curveText(frame.ctx, 'curve.series.median'), colour: seriesColour(frame.palette, median.color) });
  if (plot.band) entries.push({ name: curveText(frame.ctx, 'curve.iqr'), colour: seriesColour(frame.palette, plot.customerColor), swatch: 'shaded' });
  if (plot.highlight) {
    const name = curveText(frame.ctx, 'curve.customer', { name: plot.highlight.label ?? plot.highlight.id });
    entries.push({ name, colour: frame.palette.highlight });
  }
  if (frame.compare && plot.series.some((one) => one.kind === 'compare')) {
    entries.push({ name: timeString(frame.ctx, 'compare.legendDashed', { title: frame.compare.title }), colour: frame.palette.text, swatch: 'dashed' });
    if (plot.differences.some((difference) => difference.path)) {
      entries.push({ name: timeString(frame.ctx, 'compare.legendShaded'), colour: frame.palette.muted, swatch: 'shaded' });
    }
  }
  return entries;
}

/** Lines the legend takes in the lane header: none for a single series and no customer. */
export function legendLines(plot: EmotionPlot, frame: EmotionFrame): number {
  return legendEntries(plot, frame).reduce((sum, entry) => sum + Math.max(1, wrapped(entry.name, frame.layout.headerWidth - LEGEND_INDENT).length), 0);
}

/** The legend under the lane name: a swatch of each line's colour and its persona's (or customer's) name. */
export function drawLegend(header: SceneNode, plot: EmotionPlot, frame: EmotionFrame, x: number, top: number): void {
  const { headerWidth } = frame.layout;
  let legendTop = top + EXPORT.padding + EXPORT.lineHeight;
  for (const entry of legendEntries(plot, frame)) {
    const swatchX = frame.rtl ? x + headerWidth - EXPORT.padding - 16 : x + EXPORT.padding;
    if (entry.swatch === 'shaded') add(header, 'rect', { class: 'legend-swatch', x: swatchX, y: legendTop + 4, width: 16, height: 12, fill: entry.colour, 'fill-opacity': 0.3 });
    else add(header, 'line', { class: 'legend-swatch', x1: swatchX, x2: swatchX + 16, y1: legendTop + 10, y2: legendTop + 10, stroke: entry.colour, 'stroke-width': 2.5, ...(entry.swatch === 'dashed' ? { 'stroke-dasharray': '6 4' } : {}) });
    const boxX = frame.rtl ? x : x + LEGEND_INDENT;
    const lines = textBlock(header, entry.name, boxX, legendTop - 4, headerWidth - LEGEND_INDENT, { class: 'legend', fill: frame.palette.muted });
    legendTop += Math.max(1, lines) * EXPORT.lineHeight;
  }
}

/**
 * The emotion lane's plot, as on screen: tinted zones, the scale's labels at their grid lines, the
 * neutral line, the customers' band and median (in their persona's colour when they are all of one)
 * with their counts, compared lines dashed with hollow markers, each persona's line and markers in its
 * colour with the marker's shape telling the sentiment (triangle up, circle, triangle down), a ring at moments of truth, and value labels that never overlap one another.
 */
export function drawEmotionPlot(row: SceneNode, plot: EmotionPlot, frame: EmotionFrame, x: number, top: number): void {
  const { palette, ctx } = frame;
  const g = add(row, 'g', { class: 'emotion-plot', transform: `translate(${x}, ${top})` });
  const { zones, width } = plot;
  add(g, 'rect', { class: 'zone zone--positive', x: 0, y: zones.positive.y, width, height: zones.positive.height, fill: palette.zonePositive });
  add(g, 'rect', { class: 'zone zone--negative', x: 0, y: zones.negative.y, width, height: zones.negative.height, fill: palette.zoneNegative });
  for (const tick of plot.ticks) {
    add(g, 'line', { x1: 0, x2: width, y1: tick.y, y2: tick.y, stroke: palette.grid });
    const label = tick.label ?? formatEmotion(tick.value, ctx.intlLocale);
    add(g, 'text', { class: 'tick', x: frame.rtl ? width - 4 : 4, y: tick.y - 3, 'font-size': 10, fill: palette.muted, 'text-anchor': frame.rtl ? 'end' : 'start' }, label);
  }
  add(g, 'line', { class: 'neutral-line', x1: 0, x2: width, y1: zones.neutralY, y2: zones.neutralY, stroke: palette.muted, 'stroke-dasharray': '4 4' });
  if (plot.band) add(g, 'path', { class: 'band', d: plot.band, fill: seriesColour(palette, plot.customerColor), 'fill-opacity': 0.18, stroke: 'none' });
  for (const difference of plot.differences) {
    add(g, 'path', { class: 'difference', d: difference.path, fill: seriesColour(palette, difference.color), 'fill-opacity': 0.16, stroke: 'none' });
  }
  const order = ['compare', 'median', 'current'] as const;
  for (const kind of order) {
    for (const series of plot.series.filter((candidate) => candidate.kind === kind)) {
      const colour = seriesColour(palette, series.color);
      const line: Record<string, string | number> = { class: `emotion-line emotion-line--${kind}`, d: series.path, fill: 'none', stroke: colour, 'stroke-width': 2.5 };
      if (kind === 'compare') line['stroke-dasharray'] = '6 4';
      add(g, 'path', line);
      if (kind === 'median') continue;
      for (const point of series.points) {
        if (point.value === undefined) continue;
        const mark = add(g, 'g', { class: `point point--${point.sentiment}`, transform: `translate(${point.x}, ${point.y})`, 'data-step': ctx.journey.steps[point.index].id });
        if (point.momentOfTruth) add(mark, 'circle', { class: 'moment-ring', r: 13, fill: 'none', stroke: palette.moment, 'stroke-width': 2 });
        add(mark, 'path', kind === 'compare'
          ? { class: 'marker', d: point.marker, fill: palette.surface, stroke: colour, 'stroke-width': 2 }
          : { class: 'marker', d: point.marker, fill: colour, stroke: palette.surface, 'stroke-width': 1.5 });
      }
      // The compared line's hollow markers at the ghost columns it passes through (removed steps).
      for (const point of series.ghostPoints ?? []) {
        const mark = add(g, 'g', { class: `point point--${point.sentiment} point--ghost`, transform: `translate(${point.x}, ${point.y})`, 'data-ghost': point.ghostId });
        add(mark, 'path', { class: 'marker', d: point.marker, fill: palette.surface, stroke: colour, 'stroke-width': 2 });
      }
    }
  }
  if (plot.highlight) {
    const trace = add(g, 'g', { class: 'highlight', 'data-customer': plot.highlight.id });
    add(trace, 'path', { class: 'highlight-line', d: plot.highlight.path, fill: 'none', stroke: palette.highlight, 'stroke-width': 3 });
    for (const point of plot.highlight.points) {
      if (point.value === undefined) continue;
      add(trace, 'circle', { class: 'highlight-point', cx: point.x, cy: point.y, r: 4, fill: palette.highlight, stroke: palette.surface, 'stroke-width': 1.5 });
    }
  }
  // The scale words sit over the plot's start edge (10 px, baseline 3 px above the tick): labels keep clear of them.
  const tickText = (tick: ScaleTick) => tick.label ?? formatEmotion(tick.value, ctx.intlLocale);
  const measure = (text: string) => measureText(text, 10);
  const obstacles = tickObstacles(plot.ticks, tickText, width, { rtl: frame.rtl, inset: 4, measure, height: 11, baseline: -1 });
  // With customers, the "n = …" row takes the plot's last 17 px (baseline 6 px above its bottom): labels, descenders included, stay above it.
  const labels = placeValueLabels(plot.series, EXPORT.fontSize, plot.height - (plot.quantiles ? 22 : 2), {
    format: (value) => formatEmotion(value, ctx.intlLocale),
    measure: (text) => measureText(text, 11),
    obstacles: [...obstacles, ...highlightObstacles(plot.highlight, false)],
  });
  for (const label of labels) {
    if (label.hidden) continue;
    const attributes: Record<string, string | number> = { class: 'value-label', x: label.x, y: label.y, 'text-anchor': 'middle', fill: palette.text };
    if (label.moment) attributes['font-weight'] = 700;
    if (label.parts.length === 1) {
      add(g, 'text', attributes, label.parts[0]!.text);
      continue;
    }
    // A merged label says each value in its persona's colour: "−1 / −1.5" (a value several share in the text colour).
    const text = add(g, 'text', attributes);
    label.parts.forEach((part, i) => {
      if (i) add(text, 'tspan', {}, SEPARATOR);
      add(text, 'tspan', part.series.length > 1 ? {} : { fill: seriesColour(palette, plot.series[part.series[0]!]!.color) }, part.text);
    });
  }
  if (plot.quantiles) {
    plot.centers.forEach((center, i) => {
      const n = curveText(ctx, 'curve.n', { n: formatNumber(plot.quantiles!.n[i], ctx.intlLocale) });
      add(g, 'text', { class: 'n-label', x: center, y: plot.height - 6, 'text-anchor': 'middle', 'font-size': 11, fill: palette.muted }, n);
    });
  }
}

/** The lane's height: the plot, or more when a long legend needs it. */
export function emotionLaneHeight(plot: EmotionPlot, frame: EmotionFrame): number {
  return Math.max(EXPORT.emotionHeight, (legendLines(plot, frame) + 2) * lineHeightOf());
}
