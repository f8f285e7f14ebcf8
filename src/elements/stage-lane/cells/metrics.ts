import { html, nothing, type TemplateResult } from 'lit';
import type { NormalizedStep } from '../../../model/types.js';
import { metricViews, type MetricView } from '../../../views/metrics.js';
import { spoken, type CellContext } from './shared.js';
import { renderMetricHistory } from './metric-history.js';
import { uiDir } from '../../shared/bidi.js';

function renderMetric(view: MetricView, ctx: CellContext): TemplateResult {
  const history = renderMetricHistory(view.reading, view.definition, view.format, ctx);
  const { change, target, trend, status } = view;
  const byTarget = status?.by === 'target';
  // Values, targets and trends are UI words around numbers: each a run in the UI's direction, so
  // "▲ +0.3 (was 3.6)" keeps its order in a right-to-left cell.
  const dir = uiDir(ctx.locale);
  const trendLine = change
    ? html`<span class="trend trend--${trend.judgement} ${byTarget ? 'metric__secondary' : 'metric__primary'}"
        ><span dir=${dir}><span class="trend__arrow">${change.arrow}</span> ${change.text} · <span class="trend__word">${change.word}</span></span></span
      >`
    : nothing;
  return html`<li class="metric metric--${status?.tone ?? 'unknown'} metric--by-${status?.by ?? 'none'}">
    <span class="metric__visible" aria-hidden="true">
      <span class="metric__label">${view.label}</span>
      <span class="metric__value"><span dir=${dir}>${view.value}</span></span>
      ${target ? html`<span class="target target--${target.met ? 'met' : 'missed'} metric__primary"><span dir=${dir}>${target.text}</span></span>` : nothing}
      ${byTarget ? nothing : trendLine} ${history?.visible ?? nothing} ${byTarget ? trendLine : nothing}
    </span>
    ${spoken(history ? `${view.spoken}; ${history.spoken}` : view.spoken)}
  </li>`;
}

/**
 * KPI readings: value and unit in the reader's number format, then one primary status in colour:
 * whether the target is met when there is a target, else the change against the previous measurement
 * judged by the metric's direction (arrow, colour and a word). The other line is muted.
 */
export function renderMetricsCell(step: NormalizedStep, ctx: CellContext): TemplateResult | typeof nothing {
  const views = metricViews(step, ctx);
  if (!views.length) return nothing;
  return html`<ul class="items items--plain">
    ${views.map((view) => renderMetric(view, ctx))}
  </ul>`;
}
