import { formatMetricChange, formatMetricValue } from '../i18n/metric-format.js';
import { metricTrend, type MetricTrend } from '../layout/metric-trend.js';
import type { MetricDefinition, MetricValue, NormalizedStep } from '../model/types.js';
import { nonEmpty, records, text, type CellContext } from './context.js';

const ARROWS = { up: '▲', down: '▼', flat: '▬' } as const;

/** How a metric's values are written: its unit, the reader's number format. */
export interface MetricFormat {
  shown(value: number): string;
  /** A change, always signed: "+0.3", "+3 pp" (a change of a percentage is in percentage points). */
  shownDelta(value: number): string;
  said(value: number): string;
  /** A change's size for screen readers, unsigned ("up 3 pp from 80%"). */
  saidDelta(value: number): string;
}

/**
 * What a reading says first, so trend and target never contradict at a glance ("better" in green
 * beside "✗ not met"): the target when there is one, else the trend. The other line is muted.
 */
export interface MetricStatus {
  by: 'target' | 'trend';
  tone: 'good' | 'bad' | 'neutral';
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
  /** The primary status; undefined when the reading has neither a previous value nor a target. */
  status?: MetricStatus;
  /** One sentence with everything above, for screen readers. */
  spoken: string;
}

export function metricFormat(unit: string | undefined, ctx: CellContext): MetricFormat {
  const options = { unit, locale: ctx.locale, intlLocale: ctx.intlLocale, strings: ctx.strings };
  return {
    shown: (value) => formatMetricValue(value, options),
    shownDelta: (value) => formatMetricChange(value, options),
    said: (value) => formatMetricValue(value, { ...options, spoken: true }),
    saidDelta: (value) => formatMetricChange(Math.abs(value), { ...options, spoken: true }).replace(/^\+/, ''),
  };
}

function metricStatus(trend: MetricTrend): MetricStatus | undefined {
  if (trend.targetMet !== undefined) return { by: 'target', tone: trend.targetMet ? 'good' : 'bad' };
  if (!trend.judgement) return undefined;
  return { by: 'trend', tone: trend.judgement === 'better' ? 'good' : trend.judgement === 'worse' ? 'bad' : 'neutral' };
}

function spokenReading(label: string, trend: MetricTrend, format: MetricFormat, ctx: CellContext): string {
  let sentence = `${label}: ${format.said(trend.value)}`;
  // The primary status comes first, as on screen.
  if (trend.target !== undefined) {
    const status = text(ctx, trend.targetMet ? 'metric.targetMet' : 'metric.targetMissed');
    sentence += `, ${text(ctx, 'metric.spoken.target', { target: format.said(trend.target), status })}`;
  }
  if (trend.direction && trend.delta !== undefined && trend.previous !== undefined && trend.judgement) {
    sentence += `${trend.target !== undefined ? ';' : ','} ${text(ctx, `metric.spoken.${trend.direction}`, {
      delta: format.saidDelta(trend.delta),
      previous: format.said(trend.previous),
    })}`;
    // "Unchanged" already says it; "better"/"worse" is the news a change needs.
    if (trend.judgement !== 'same') sentence += `, ${text(ctx, `metric.${trend.judgement}`)}`;
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
      const view: MetricView = {
        reading,
        definition,
        label,
        value: format.shown(trend.value),
        trend,
        format,
        status: metricStatus(trend),
        spoken: spokenReading(label, trend, format, ctx),
      };
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
