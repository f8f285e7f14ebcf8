import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { formatDay, formatMonth } from '../../../i18n/date-format.js';
import { formatMetricChange } from '../../../i18n/metric-format.js';
import { formatNumber } from '../../../i18n/number-format.js';
import { timeString, type TimeStringKey } from '../../../i18n/time-strings.js';
import { metricHistory, type Measurement, type MetricHistory } from '../../../layout/metric-history.js';
import type { MetricDefinition, MetricValue } from '../../../model/types.js';
import { text, type CellContext } from './shared.js';

/** How the metrics cell writes this metric's values (its unit, the reader's number format). */
export interface ValueFormat {
  shown(value: number): string;
  said(value: number): string;
}

/** What the metrics cell adds for a reading with `history`: the drawing and its words. */
export interface HistoryView {
  visible: TemplateResult;
  /** Every measurement with its date, and the change since the previous one, for screen readers. */
  spoken: string;
}

const say = (ctx: CellContext, key: TimeStringKey, values: Record<string, string | number>) =>
  timeString(ctx, key, values);

/** Month and year tell measurements apart, unless two fall in one month: then the day is written too. */
function dateLabel(history: MetricHistory, ctx: CellContext): (point: Measurement) => string | undefined {
  const instants = history.points.map((point) => point.instant).filter((instant): instant is number => instant !== undefined);
  const months = new Set(instants.map((instant) => formatMonth(instant, 'en')));
  const format = months.size < instants.length ? formatDay : formatMonth;
  return (point) => (point.instant === undefined ? undefined : format(point.instant, ctx.intlLocale));
}

const signedChange = (delta: number, unit: string | undefined, ctx: CellContext, spoken: boolean) =>
  formatMetricChange(delta, { unit, locale: ctx.locale, intlLocale: ctx.intlLocale, strings: ctx.strings, spoken, maximumFractionDigits: 2 });

/**
 * The sparkline of a metric reading with `history` (the target a dashed line, the current value a
 * dot) and "+0.3 since Apr 2026"; undefined when the reading has no dated earlier measurement.
 */
export function renderMetricHistory(
  reading: MetricValue,
  definition: MetricDefinition | undefined,
  format: ValueFormat,
  ctx: CellContext,
): HistoryView | undefined {
  const history = metricHistory(reading, definition, ctx.journey.source.asOf);
  if (!history || !history.previous || history.delta === undefined) return undefined;
  const label = dateLabel(history, ctx);
  const unit = typeof definition?.unit === 'string' ? definition.unit : undefined;
  const judgement = history.delta === 0 ? 'same' : history.delta > 0 === (definition?.higherIsBetter !== false) ? 'better' : 'worse';
  // The colour says better or worse; so do the words, for readers who cannot tell the colours apart.
  const since = (spoken: boolean) =>
    `${say(ctx, 'history.since', { delta: signedChange(history.delta!, unit, ctx, spoken), date: label(history.previous!) ?? '' })} · ${text(ctx, `metric.${judgement}`)}`;
  const last = history.points[history.points.length - 1]!;
  const points = history.points
    .map((point) => (label(point) ? say(ctx, 'history.point', { date: label(point)!, value: format.said(point.value) }) : format.said(point.value)))
    .join(', ');
  const visible = html`<span class="history">
    <svg class="sparkline" part="sparkline" viewBox="0 0 ${history.width} ${history.height}" width=${history.width} height=${history.height} aria-hidden="true">
      ${history.targetY === undefined
        ? nothing
        : svg`<line class="sparkline__target" x1="0" x2=${history.width} y1=${history.targetY} y2=${history.targetY}></line>`}
      <path class="sparkline__line" d=${history.path}></path>
      <circle class="sparkline__last" cx=${last.x} cy=${last.y} r="2.5"></circle>
    </svg>
    <span class="history__since history__since--${judgement}">${since(false)}</span>
  </span>`;
  return {
    visible,
    spoken: `${say(ctx, 'history.spoken', { count: formatNumber(history.points.length, ctx.intlLocale), points })}; ${since(true)}`,
  };
}

export const metricHistoryStyles = css`
  .history {
    display: flex;
    flex-basis: 100%;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--journey-space-2);
  }
  .sparkline {
    flex: none;
    overflow: visible;
  }
  .sparkline__line {
    fill: none;
    stroke: var(--journey-accent);
    stroke-width: 1.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .sparkline__target {
    stroke: var(--journey-muted);
    stroke-width: 1;
    stroke-dasharray: 3 2;
  }
  .sparkline__last {
    fill: var(--journey-accent);
  }
  .history__since {
    font-size: 0.875em;
    color: var(--journey-muted);
  }
  .history__since--better {
    color: var(--journey-good);
  }
  .history__since--worse {
    color: var(--journey-bad);
  }
  @media (forced-colors: active) {
    .sparkline__line,
    .sparkline__target {
      stroke: CanvasText;
    }
    .sparkline__last {
      fill: CanvasText;
    }
  }
`;
