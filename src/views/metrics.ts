import { formatNumber, formatSpokenNumber } from '../i18n/number-format.js';
import { metricTrend, type MetricTrend } from '../layout/metric-trend.js';
import type { MetricDefinition, MetricValue, NormalizedStep } from '../model/types.js';
import { nonEmpty, records, text, type CellContext } from './context.js';

const ARROWS = { up: '▲', down: '▼', flat: '▬' } as const;

/** How a metric's values are written: its unit, the reader's number format. */
export interface MetricFormat {
  shown(value: number): string;
  /** A change, always signed: "+0.3", "-12%". */
  shownDelta(value: number): string;
  said(value: number): string;
}

/** One KPI reading as every output shows it. */
export interface MetricView {
  reading: MetricValue;
  definition?: MetricDefinition;
  label: string;
  /** The value in the reader's number format with its unit. */
  value: string;
  trend: MetricTrend;
  format: MetricFormat;
  /** "▲ +0.3 was 2.8 · better"; undefined without a previous value. */
  change?: { arrow: string; text: string; word: string };
  /** "Target 4 · ✗ missed"; undefined without a target. */
  target?: { text: string; met: boolean };
  /** One sentence with everything above, for screen readers. */
  spoken: string;
}

/** "85%" in English and Romanian, "85 %" in Russian typography; other units after a no-break space. */
function withUnit(number: string, unit: string | undefined, ctx: CellContext): string {
  if (!nonEmpty(unit)) return number;
  return unit === '%' && ctx.locale !== 'ru' ? `${number}%` : `${number}\u00a0${unit}`;
}

export function metricFormat(unit: string | undefined, ctx: CellContext): MetricFormat {
  return {
    shown: (value) => withUnit(formatNumber(value, ctx.intlLocale), unit, ctx),
    shownDelta: (value) => withUnit(formatNumber(value, ctx.intlLocale, { signDisplay: 'exceptZero' }), unit, ctx),
    said: (value) => withUnit(formatSpokenNumber(value, ctx.intlLocale), unit, ctx),
  };
}

function spokenReading(label: string, trend: MetricTrend, format: MetricFormat, ctx: CellContext): string {
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

/** The step's KPI readings with a metric and a finite value, in document order. */
export function metricViews(step: NormalizedStep, ctx: CellContext): MetricView[] {
  return records<MetricValue>(step.metrics)
    .filter((reading) => nonEmpty(reading.metric) && typeof reading.value === 'number' && Number.isFinite(reading.value))
    .map((reading) => {
      const definition = ctx.journey.metrics.get(reading.metric);
      const label = definition && nonEmpty(definition.label) ? definition.label : reading.metric;
      const trend = metricTrend(reading, definition);
      const format = metricFormat(definition?.unit, ctx);
      const view: MetricView = { reading, definition, label, value: format.shown(trend.value), trend, format, spoken: spokenReading(label, trend, format, ctx) };
      if (trend.direction && trend.delta !== undefined && trend.previous !== undefined && trend.judgement) {
        view.change = {
          arrow: ARROWS[trend.direction],
          text: `${format.shownDelta(trend.delta)} ${text(ctx, 'metric.was', { previous: format.shown(trend.previous) })}`,
          word: text(ctx, `metric.${trend.judgement}`),
        };
      }
      if (trend.target !== undefined) {
        const met = trend.targetMet === true;
        view.target = { text: `${text(ctx, 'metric.target', { target: format.shown(trend.target) })} · ${met ? '✓' : '✗'} ${text(ctx, met ? 'metric.targetMet' : 'metric.targetMissed')}`, met };
      }
      return view;
    });
}
