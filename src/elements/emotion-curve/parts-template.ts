import { html, nothing, svg, type TemplateResult } from 'lit';
import { curveText } from '../../i18n/curve-strings.js';
import { mapString } from '../../i18n/map-strings.js';
import { formatNumber, formatSpokenNumber } from '../../i18n/number-format.js';
import { formatEmotion } from '../../layout/summary.js';
import type { TickFit } from '../../layout/axis-width.js';
import type { JourneyProblem } from '../../model/types.js';
import { styleProps } from '../shared/style-props.js';
import { seriesToken } from './plot-template.js';
import { seriesName, valueText, type CurveView } from './curve-view.js';
import { renderProblemWhere } from '../shared/error-panel.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dataLang } from '../shared/data-lang.js';
import { dataText, uiDir } from '../shared/bidi.js';
import { type Translator } from '../../i18n/translator.js';

/** Said while the customers of a very large document are prepared in slices (customer-traces.ts), as while it is validated. */
export const renderLoading = (t: Translator): TemplateResult =>
  html`<div part="loading" class="loading" role="status">${mapString(t, 'status.loading')}</div>`;

interface LegendEntry {
  key: string;
  kind: string;
  color: number;
  label: string;
  /** A persona's own name (the document's text, in its language); else UI words. */
  data?: boolean;
  /** What a screen reader says instead, where it differs from what is shown (numbers without digit groups). */
  spoken?: string;
}

function legendEntries(view: CurveView): LegendEntry[] {
  const { plot } = view;
  const entries: LegendEntry[] = plot.series.map((series) => ({
    key: series.key,
    kind: series.kind,
    color: series.color,
    label: seriesName(series, view),
    data: series.kind !== 'median' && !view.compare && series.name !== undefined,
  }));
  if (plot.quantiles) {
    const band = curveText(view, 'curve.iqr');
    // Shown grouped as the count row is ("10 000", "10,000"); spoken without groups ("10 000" is read as two numbers).
    const count = (format: typeof formatNumber) => curveText(view, 'curve.customers', { count: format(plot.customers, view.intlLocale) });
    const label = `${band}, ${count(formatNumber)}`;
    const spoken = `${band}, ${count(formatSpokenNumber)}`;
    entries.push({ key: 'band', kind: 'band', color: plot.customerColor, label, spoken: spoken === label ? undefined : spoken });
  }
  if (view.density) {
    entries.push({ key: 'density', kind: 'density', color: plot.customerColor, label: curveText(view, 'curve.density') });
  }
  if (plot.highlight) {
    const name = plot.highlight.label ?? plot.highlight.id;
    entries.push({ key: 'highlight', kind: 'highlight', color: 0, label: curveText(view, 'curve.customer', { name }) });
  }
  return entries;
}

/** The density's ramp in four steps, fewer customers to more (see layout/density.ts DENSITY_ALPHA). */
const DENSITY_SWATCH = svg`${[0.1, 0.3, 0.55, 0.8].map(
  (opacity, i) => svg`<rect class="density-step" x=${1 + i * 6.5} y="2" width="6.5" height="10" fill-opacity=${opacity}></rect>`,
)}`;

function swatch(entry: LegendEntry): TemplateResult {
  const shape =
    entry.kind === 'band'
      ? svg`<rect class="band" x="1" y="2" width="26" height="10"></rect>`
      : entry.kind === 'density'
        ? DENSITY_SWATCH
        : svg`<line class=${entry.kind === 'highlight' ? 'highlight__line' : 'line'} x1="1" x2="27" y1="7" y2="7"></line>`;
  return html`<svg class="swatch series--${entry.kind}" style=${styleProps({ '--series-color': seriesToken(entry.color) })}
    data-color=${entry.color} width="28" height="14" aria-hidden="true">${shape}</svg>`;
}

/** The legend, when there is more than one thing to tell apart. */
export function renderLegend(view: CurveView): TemplateResult | typeof nothing {
  const entries = legendEntries(view);
  if (entries.length < 2) return nothing;
  const lang = dataLang(view.journey);
  const dir = uiDir(view.locale);
  return html`<ul part="legend" class=${view.density ? 'legend density-legend' : 'legend'} aria-label=${curveText(view, 'curve.legend')}>
    ${entries.map(
      (entry) =>
        html`<li data-key=${entry.key}>${swatch(entry)}${entry.data
          ? html`<span>${dataText(entry.label, lang)}</span>`
          : entry.spoken
            ? html`<span dir=${dir} aria-hidden="true">${entry.label}</span><span class="visually-hidden" dir=${dir}>${entry.spoken}</span>`
            : html`<span dir=${dir}>${entry.label}</span>`}</li>`,
    )}
  </ul>`;
}

/**
 * Tick labels of the y scale, placed at their pixel heights; decorative (the values are in text). A
 * standalone chart's `fits` say how a label fits its column: wrapped at its spaces, drawn smaller, or
 * shortened with its whole text as tooltip; no word breaks inside.
 */
export function renderTicks(view: CurveView, fits?: ReadonlyMap<string, TickFit>): TemplateResult {
  return html`<div class="ticks" aria-hidden="true" lang=${ifDefined(dataLang(view.journey))}>
    ${view.plot.ticks.map((tick) => {
      const fit = tick.label === undefined ? undefined : fits?.get(tick.label.trim());
      const style = styleProps({ insetBlockStart: `${tick.y}px`, '--tick-scale': fit && fit.scale < 1 ? fit.scale : undefined });
      return html`<span class="tick" style=${style} title=${ifDefined(fit?.title)}>${fit?.text ?? tick.label ?? formatEmotion(tick.value, view.intlLocale)}</span>`;
    })}
  </div>`;
}

/**
 * The table alternative: step × series values, and the individuals' median, quartiles and n. Its
 * rows are only built while it is open: closed, it is an empty hidden wrapper (the target of the
 * toggle's `aria-controls`), so a first render does not format and lay out a table nobody sees.
 */
export function renderTable(view: CurveView, id: string, open: boolean): TemplateResult {
  return html`<div class="table-wrap" id=${id} ?hidden=${!open}>${open ? renderTableContent(view) : nothing}</div>`;
}

function renderTableContent(view: CurveView): TemplateResult {
  const { journey, plot } = view;
  const t = (key: Parameters<typeof curveText>[1], values?: Record<string, string | number>) => curveText(view, key, values);
  const lines = plot.series.filter((series) => series.kind !== 'median');
  const q = plot.quantiles;
  const number = (value: number) => (Number.isNaN(value) ? t('curve.noValue') : formatEmotion(value, view.intlLocale));
  const highlight = plot.highlight;
  return html`<table part="table">
      <caption>${t('curve.table.caption', { title: journey.title })}</caption>
      <thead>
        <tr>
          <th scope="col">${t('curve.table.stage')}</th>
          <th scope="col">${t('curve.table.step')}</th>
          ${lines.map((series) => html`<th scope="col">${seriesName(series, view)}</th>`)}
          ${q
            ? html`<th scope="col">${t('curve.table.median')}</th><th scope="col">${t('curve.table.q1')}</th>
                <th scope="col">${t('curve.table.q3')}</th><th scope="col">${t('curve.table.n')}</th>`
            : nothing}
          ${highlight ? html`<th scope="col">${t('curve.customer', { name: highlight.label ?? highlight.id })}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${journey.steps.map((step, i) => {
          const event = highlight?.points[i];
          const channel = event?.channel ? journey.channels.get(event.channel)?.label ?? event.channel : undefined;
          return html`<tr data-step=${step.id}>
            <td>${journey.stages[step.stageIndex]?.title}</td>
            <th scope="row">${step.title}${step.momentOfTruth
                ? html` <span class="table__moment">(${mapString(view, 'step.momentOfTruth')})</span>`
                : nothing}</th>
            ${lines.map((series) => html`<td>${valueText(series.points[i].value, view)}</td>`)}
            ${q
              ? html`<td>${number(q.median[i])}</td><td>${number(q.q1[i])}</td><td>${number(q.q3[i])}</td><td>${formatSpokenNumber(q.n[i], view.intlLocale)}</td>`
              : nothing}
            ${highlight ? html`<td>${valueText(event?.value, view)}${channel ? html` · ${channel}` : nothing}</td>` : nothing}
          </tr>`;
        })}
      </tbody>
    </table>`;
}

/** Problems of the compared journey: the main curve is still drawn, without the comparison. */
export function renderCompareErrors(problems: readonly JourneyProblem[], t: Translator): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    <p class="error__title">${curveText(t, 'curve.error.compare')}</p>
    <ul class="problems">
      ${problems.map(
        (problem) => html`<li data-code=${problem.code}>
          ${renderProblemWhere(problem, t)}
          <span class="problem__message">${problem.message}</span>
        </li>`,
      )}
    </ul>
  </div>`;
}
