import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, formatSpokenNumber } from '../../../i18n/number-format.js';
import { metricTrend, type MetricTrend } from '../../../layout/metric-trend.js';
import type { MetricValue, NormalizedStep } from '../../../model/types.js';
import { nonEmpty, records, spoken, text, type CellContext } from './shared.js';
import { renderMetricHistory } from './metric-history.js';

const arrows = { up: '▲', down: '▼', flat: '▬' } as const;

/** "85%" in English and Romanian, "85 %" in Russian typography; other units after a no-break space. */
function withUnit(number: string, unit: string | undefined, ctx: CellContext): string {
  if (!nonEmpty(unit)) return number;
  return unit === '%' && ctx.locale !== 'ru' ? `${number}%` : `${number}\u00a0${unit}`;
}

interface Formatters {
  shown(value: number): string;
  /** A change, always signed: "+0.3", "-12%". */
  shownDelta(value: number): string;
  said(value: number): string;
}

function formatters(unit: string | undefined, ctx: CellContext): Formatters {
  return {
    shown: (value) => withUnit(formatNumber(value, ctx.intlLocale), unit, ctx),
    shownDelta: (value) => withUnit(formatNumber(value, ctx.intlLocale, { signDisplay: 'exceptZero' }), unit, ctx),
    said: (value) => withUnit(formatSpokenNumber(value, ctx.intlLocale), unit, ctx),
  };
}

/** One sentence with everything the visible reading shows, for screen readers. */
function spokenReading(label: string, trend: MetricTrend, format: Formatters, ctx: CellContext): string {
  let sentence = `${label}: ${format.said(trend.value)}`;
  if (trend.direction && trend.delta !== undefined && trend.previous !== undefined && trend.judgement) {
    sentence += `, ${text(ctx, `metric.spoken.${trend.direction}`, {
      delta: format.said(Math.abs(trend.delta)),
      previous: format.said(trend.previous),
    })}`;
    // "Unchanged" already says it; "better"/"worse" is the news a change needs.
    if (trend.judgement !== 'same') sentence += `, ${text(ctx, `metric.${trend.judgement}`)}`;
  }
  if (trend.target !== undefined) {
    const status = text(ctx, trend.targetMet ? 'metric.targetMet' : 'metric.targetMissed');
    sentence += `; ${text(ctx, 'metric.spoken.target', { target: format.said(trend.target), status })}`;
  }
  return sentence;
}

function renderTrend(trend: MetricTrend, format: Formatters, ctx: CellContext): TemplateResult | typeof nothing {
  if (!trend.direction || trend.delta === undefined || trend.previous === undefined || !trend.judgement) return nothing;
  return html`<span class="trend trend--${trend.judgement}"
    ><span class="trend__arrow">${arrows[trend.direction]}</span> ${format.shownDelta(trend.delta)}
    ${text(ctx, 'metric.was', { previous: format.shown(trend.previous) })} ·
    <span class="trend__word">${text(ctx, `metric.${trend.judgement}`)}</span></span
  >`;
}

function renderTarget(trend: MetricTrend, format: Formatters, ctx: CellContext): TemplateResult | typeof nothing {
  if (trend.target === undefined) return nothing;
  const met = trend.targetMet === true;
  return html`<span class="target target--${met ? 'met' : 'missed'}"
    >${text(ctx, 'metric.target', { target: format.shown(trend.target) })} · ${met ? '✓' : '✗'}
    ${text(ctx, met ? 'metric.targetMet' : 'metric.targetMissed')}</span
  >`;
}

function renderMetric(reading: MetricValue, ctx: CellContext): TemplateResult {
  const definition = ctx.journey.metrics.get(reading.metric);
  const label = definition && nonEmpty(definition.label) ? definition.label : reading.metric;
  const trend = metricTrend(reading, definition);
  const format = formatters(definition?.unit, ctx);
  const history = renderMetricHistory(reading, definition, format, ctx);
  return html`<li class="metric metric--${trend.judgement ?? 'unknown'}">
    <span class="metric__visible" aria-hidden="true">
      <span class="metric__label">${label}</span>
      <span class="metric__value">${format.shown(trend.value)}</span>
      ${history?.visible ?? nothing} ${renderTrend(trend, format, ctx)} ${renderTarget(trend, format, ctx)}
    </span>
    ${spoken(history ? `${spokenReading(label, trend, format, ctx)}; ${history.spoken}` : spokenReading(label, trend, format, ctx))}
  </li>`;
}

/**
 * KPI readings: value and unit in the reader's number format, the change against the previous
 * measurement judged by the metric's direction (arrow, colour and a word), and whether the target is met.
 */
export function renderMetricsCell(step: NormalizedStep, ctx: CellContext): TemplateResult | typeof nothing {
  const readings = records<MetricValue>(step.metrics).filter(
    (reading) => nonEmpty(reading.metric) && typeof reading.value === 'number' && Number.isFinite(reading.value),
  );
  if (!readings.length) return nothing;
  return html`<ul class="items items--plain">
    ${readings.map((reading) => renderMetric(reading, ctx))}
  </ul>`;
}
