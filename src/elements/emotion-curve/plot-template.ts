import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { EmotionPlot, PlotPoint, PlotSeries } from '../../layout/curve-model.js';
import { CHANNEL_MARK, highlightObstacles, placeValueLabels, SEPARATOR, tickObstacles, type Box, type ValueLabel } from '../../layout/value-labels.js';
import type { ScaleTick } from '../../layout/curve.js';
import { formatEmotion } from '../../layout/summary.js';
import { channelIcon } from '../icons/channel-icons.js';
import { styleProps } from '../shared/style-props.js';
import { COUNT_GAP, countLabel, renderStageBands } from './axis-template.js';
import { thinLabels } from '../../layout/thin-labels.js';
import { seriesName, showsStep, type CurveView } from './curve-view.js';

const translate = (x: number, y: number) => styleProps({ transform: `translate(${x}px, ${y}px)` });

/**
 * The series colour as a custom property, so the stylesheet picks stroke and fill from one token;
 * slot 0 (customers of several personas) is the customers' own colour.
 */
export const seriesToken = (color: number) => (color ? `var(--journey-series-${color})` : 'var(--journey-individual)');
const seriesColor = (color: number) => styleProps({ '--series-color': seriesToken(color) });

/** The top of the plot a value label's baseline may reach: one 11 px line. */
const LABEL_TOP = 11;

/**
 * The scale words drawn over the start of a map's plot (`.lane-body .tick`: 0.75em, about 12 px,
 * 4 px from the edge with 2 px padding), for labels to keep clear of; a chart's are in their own column.
 */
function scaleWords(view: CurveView): Box[] {
  if (view.standalone) return [];
  const { plot } = view;
  const text = (tick: ScaleTick) => tick.label ?? formatEmotion(tick.value, view.intlLocale);
  return tickObstacles(plot.ticks, text, plot.width, { rtl: view.rtl, inset: 4, measure: (word) => word.length * 7.2 + 4, height: 14 });
}

/** Value labels by `series:step`, placed once per plot and locale (value-labels.ts); a merged label belongs to its first series. */
const labelCache = new WeakMap<EmotionPlot, { locale: string; labels: Map<string, ValueLabel> }>();
function valueLabels(view: CurveView): Map<string, ValueLabel> {
  const { plot } = view;
  const locale = `${view.intlLocale}|${view.rtl}`;
  let cached = labelCache.get(plot);
  if (!cached || cached.locale !== locale) {
    const placed = placeValueLabels(plot.series, LABEL_TOP, plot.height - 2, {
      format: (value) => formatEmotion(value, view.intlLocale),
      // An open customer's points and channel marks are drawn over the labels: keep labels off them.
      obstacles: [...scaleWords(view), ...highlightObstacles(plot.highlight, true)],
    });
    cached = { locale, labels: new Map(placed.map((label) => [`${label.series[0]}:${label.step}`, label])) };
    labelCache.set(plot, cached);
  }
  return cached.labels;
}

/** A merged label's tooltip: each persona's value ("Ana Pop: −1; Bo Lind: −1"), as its numbers may be fewer than its personas. */
function labelTitle(label: ValueLabel, view: CurveView): SVGTemplateResult | typeof nothing {
  // A hidden label (no clear place) leaves its values to the tooltip, one series or several.
  if (label.series.length < 2 && !label.hidden) return nothing;
  const { plot } = view;
  const value = (index: number) => formatEmotion(plot.series[index]!.points[label.step]!.value!, view.intlLocale);
  return svg`<title>${label.series.map((index) => `${seriesName(plot.series[index]!, view)}: ${value(index)}`).join('; ')}</title>`;
}

/**
 * What a value label says: one number, or several merged ("−1 / −1.5") each in its persona's colour
 * (a number several personas share in the text colour).
 */
function labelText(label: ValueLabel, view: CurveView): SVGTemplateResult | string {
  if (label.parts.length === 1) return label.parts[0]!.text;
  return svg`${label.parts.map(
    (part, i) =>
      part.series.length > 1
        ? svg`${i ? SEPARATOR : ''}<tspan>${part.text}</tspan>`
        : svg`${i ? SEPARATOR : ''}<tspan class="value-label__part" style=${seriesColor(view.plot.series[part.series[0]!]!.color)}>${part.text}</tspan>`,
  )}`;
}

function renderPoints(series: PlotSeries, seriesIndex: number, view: CurveView): SVGTemplateResult {
  // Inside a map, only the columns drawn so far (the line itself spans them all).
  const defined = series.points.filter(
    (point): point is PlotPoint & { value: number } => point.value !== undefined && showsStep(view, point.index),
  );
  // The current journey's points carry their value label (placed in value-labels.ts: a merged label
  // sits on its first series' point, the others have none); one template per point either way (a
  // nested template per label cost as much again on a first render).
  const labels = series.kind === 'current' ? valueLabels(view) : undefined;
  // Inside a map each idle chunk of columns re-renders the curve: a point drawn already (same plot
  // point, label and words) is skipped, so a chunk makes only its new columns' markers.
  const words = [view.locale, view.intlLocale, view.strings, view.journey, view.compare];
  return svg`${repeat(
    defined,
    (point) => view.journey.steps[point.index].id,
    (point) => guard([point, seriesIndex, labels?.get(`${seriesIndex}:${point.index}`), series, ...words], () => renderPoint(point, seriesIndex, labels, view)),
  )}`;
}

function renderPoint(point: PlotPoint, seriesIndex: number, labels: Map<string, ValueLabel> | undefined, view: CurveView): SVGTemplateResult {
  const ring = point.momentOfTruth ? svg`<circle class="moment-ring" r="13"></circle>` : nothing;
  const className = `point point--${point.sentiment}${point.momentOfTruth ? ' point--moment' : ''}`;
  const label = labels?.get(`${seriesIndex}:${point.index}`);
  // A hidden label (no clear place, value-labels.ts) draws no text; its values are the point's tooltip.
  return label && !label.hidden
    ? svg`<g class=${className} style=${translate(point.x, point.y)} data-series=${seriesIndex} data-step=${point.index}
        >${labelTitle(label, view)}${ring}<path part="point" class="marker" d=${point.marker}></path><text class="value-label" text-anchor="middle"
          y=${label.y - point.y}>${labelText(label, view)}</text></g>`
    : svg`<g class=${className} style=${translate(point.x, point.y)} data-series=${seriesIndex} data-step=${point.index}
        >${label ? labelTitle(label, view) : nothing}${ring}<path part="point" class="marker" d=${point.marker}></path></g>`;
}

function renderSeries(series: PlotSeries, seriesIndex: number, view: CurveView): SVGTemplateResult {
  return svg`<g class="series series--${series.kind}" style=${seriesColor(series.color)}
    data-series-key=${series.key} data-color=${series.color}>
    <path part="line" class="line" d=${series.path}></path>
    ${series.kind === 'median' ? nothing : renderPoints(series, seriesIndex, view)}${series.ghostPoints?.map(
      (point) => svg`<g class="point point--${point.sentiment} point--ghost" style=${translate(point.x, point.y)} data-ghost=${point.ghostId}
        ><path part="point" class="marker" d=${point.marker}></path></g>`,
    ) ?? nothing}
  </g>`;
}

function renderHighlight(view: CurveView): SVGTemplateResult | typeof nothing {
  const trace = view.plot.highlight;
  if (!trace) return nothing;
  return svg`<g class="highlight" data-customer=${trace.id}>
    <path class="highlight__line" d=${trace.path}></path>
    ${trace.points.map((point) =>
      point.value === undefined
        ? nothing
        : svg`<g class="highlight__point" style=${translate(point.x, point.y)} data-step=${point.index}>
            <circle r="4.5"></circle>
            ${point.channel
              ? svg`<g class="channel-mark" data-channel=${point.channel} transform="translate(${-CHANNEL_MARK.size / 2}, ${-CHANNEL_MARK.above})">
                  <title>${view.journey.channels.get(point.channel)?.label ?? point.channel}</title>
                  <rect class="channel-mark__back" width=${CHANNEL_MARK.size} height=${CHANNEL_MARK.size} rx="4"></rect>
                  ${channelIcon(view.journey.channels.get(point.channel)?.icon ?? point.channel)}
                </g>`
              : nothing}
          </g>`,
    )}
  </g>`;
}

/** The customers' band, and inside a map their count at the foot of each column (a chart counts them under its step names). */
function renderCustomers(view: CurveView): SVGTemplateResult | typeof nothing {
  const { plot } = view;
  if (!plot.quantiles) return nothing;
  if (view.standalone) return svg`<g class="customers" style=${seriesColor(plot.customerColor)}><path part="band" class="band" d=${plot.band}></path></g>`;
  const n = plot.quantiles.n;
  const count = countLabel(view);
  const texts = plot.centers.map((_, i) => count(n[i]));
  // Counts wider than their columns are thinned so they never run together (10 px text: ~6 px a character).
  const shown = thinLabels(plot.centers, texts.map((text) => text.length * 6), COUNT_GAP);
  return svg`<g class="customers" style=${seriesColor(plot.customerColor)}>
    <path part="band" class="band" d=${plot.band}></path>
    ${plot.centers.map((x, i) =>
      showsStep(view, i) && shown[i] ? svg`<text class="n-label" x=${x} y=${plot.height - 6} text-anchor="middle">${texts[i]}</text>` : nothing,
    )}
  </g>`;
}

function renderFocus(view: CurveView): SVGTemplateResult | typeof nothing {
  if (!view.active) return nothing;
  const point = view.plot.series[view.active.series]?.points[view.active.step];
  if (!point || point.value === undefined) return nothing;
  return svg`<circle class="focus-ring" r="15" style=${translate(point.x, point.y)}></circle>`;
}

/**
 * The emotion plot as SVG, in drawing order: zones, grid, neutral line, the individuals' band, the
 * shaded differences, the lines (compared, median, current) with their markers, the highlighted
 * customer, the keyboard focus. Hidden from assistive technology: the table, the summary and the
 * announcements (or the map's cells) carry the same data as text.
 */
export function renderPlot(view: CurveView): TemplateResult {
  const { plot, layout } = view;
  const { zones } = plot;
  const order = (kind: PlotSeries['kind']) => plot.series.map((s, i) => [s, i] as const).filter(([s]) => s.kind === kind);
  const selected = view.selectedStepId ? layout.columns.find((c) => c.stepId === view.selectedStepId) : undefined;
  return html`<svg class="plot-svg${view.animate ? '' : ' instant'}" aria-hidden="true" width=${plot.width} height=${plot.height}
      viewBox="0 0 ${plot.width} ${plot.height}">
    <rect class="zone zone--positive" x="0" y=${zones.positive.y} width=${plot.width} height=${zones.positive.height}></rect>
    <rect class="zone zone--negative" x="0" y=${zones.negative.y} width=${plot.width} height=${zones.negative.height}></rect>
    ${view.standalone ? renderStageBands(view) : nothing}
    ${selected
      ? svg`<rect class="selected-column" x=${view.rtl ? plot.width - selected.x - selected.width : selected.x} y="0"
          width=${selected.width} height=${plot.height}></rect>`
      : nothing}
    ${plot.ticks.map((tick) => svg`<line class="grid-line" x1="0" x2=${plot.width} y1=${tick.y} y2=${tick.y}></line>`)}
    <line class="neutral-line" x1="0" x2=${plot.width} y1=${zones.neutralY} y2=${zones.neutralY}></line>
    ${renderCustomers(view)}
    ${plot.differences.map(
      (d) => svg`<path class="difference" style=${seriesColor(d.color)} d=${d.path}></path>`,
    )}
    ${repeat(order('compare'), ([s]) => s.key, ([s, i]) => renderSeries(s, i, view))}
    ${repeat(order('median'), ([s]) => s.key, ([s, i]) => renderSeries(s, i, view))}
    ${repeat(order('current'), ([s]) => s.key, ([s, i]) => renderSeries(s, i, view))}
    ${renderHighlight(view)}
    ${renderFocus(view)}
  </svg>`;
}
