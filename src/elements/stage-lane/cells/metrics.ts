import { html, nothing, type TemplateResult } from 'lit';
import type { NormalizedStep } from '../../../model/types.js';
import { metricViews, type MetricView } from '../../../views/metrics.js';
import { spoken, type CellContext } from './shared.js';
import { renderMetricHistory } from './metric-history.js';

function renderMetric(view: MetricView, ctx: CellContext): TemplateResult {
  const history = renderMetricHistory(view.reading, view.definition, view.format, ctx);
  const { change, target, trend } = view;
  return html`<li class="metric metric--${trend.judgement ?? 'unknown'}">
    <span class="metric__visible" aria-hidden="true">
      <span class="metric__label">${view.label}</span>
      <span class="metric__value">${view.value}</span>
      ${history?.visible ?? nothing}
      ${change
        ? html`<span class="trend trend--${trend.judgement}"
            ><span class="trend__arrow">${change.arrow}</span> ${change.text} · <span class="trend__word">${change.word}</span></span
          >`
        : nothing}
      ${target ? html`<span class="target target--${target.met ? 'met' : 'missed'}">${target.text}</span>` : nothing}
    </span>
    ${spoken(history ? `${view.spoken}; ${history.spoken}` : view.spoken)}
  </li>`;
}

/**
 * KPI readings: value and unit in the reader's number format, the change against the previous
 * measurement judged by the metric's direction (arrow, colour and a word), and whether the target is met.
 */
export function renderMetricsCell(step: NormalizedStep, ctx: CellContext): TemplateResult | typeof nothing {
  const views = metricViews(step, ctx);
  if (!views.length) return nothing;
  return html`<ul class="items items--plain">
    ${views.map((view) => renderMetric(view, ctx))}
  </ul>`;
}
