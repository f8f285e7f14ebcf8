import type { NormalizedScale } from '../model/types.js';
import { curveText } from '../i18n/curve-strings.js';
import { formatSpokenNumber, numberFormat } from '../i18n/number-format.js';
import { scaleLabel } from './scale-label.js';
import { type Translator } from '../i18n/translator.js';

export type TextOptions = Translator;

/** Formatted emotion values per Intl tag: a chart repeats the same few values (labels, ticks, table). */
const emotionTexts = new Map<string, Map<number, string>>();
/** Distinct values remembered per tag before the memo starts over (quartiles can be any number). */
const EMOTION_MEMO_SIZE = 1000;

/** An emotion value as people read it: signed, at most two decimals ("+1.5", "-2", "0"). */
export function formatEmotion(value: number, intlLocale: string): string {
  let texts = emotionTexts.get(intlLocale);
  if (!texts) emotionTexts.set(intlLocale, (texts = new Map()));
  let text = texts.get(value);
  if (text === undefined) {
    if (texts.size >= EMOTION_MEMO_SIZE) texts.clear();
    text = numberFormat(intlLocale, { maximumFractionDigits: 2, signDisplay: 'exceptZero', useGrouping: false }).format(value);
    texts.set(value, text);
  }
  return text;
}

/** A value with the scale's word for it: "-1.5, Annoyed"; just the number when the scale has no labels. */
export function describeValue(value: number, scale: NormalizedScale, options: TextOptions): string {
  const number = formatEmotion(value, options.intlLocale ?? options.locale);
  const label = scaleLabel(scale, value);
  return label === undefined
    ? number
    : curveText(options, 'curve.value.labelled', { value: number, label });
}

export type Trend = 'rising' | 'falling' | 'flat';

/** Where a series is lowest and highest (first occurrence on ties) and how it moves first to last. */
export interface SeriesStats {
  /** Number of steps with a value. */
  count: number;
  lowest: number;
  highest: number;
  first: number;
  last: number;
  trend: Trend;
}

/** Step indices of the extremes and ends of a series; undefined when it has no values. */
export function seriesStats(values: ReadonlyArray<number | undefined>): SeriesStats | undefined {
  let count = 0;
  let lowest = -1;
  let highest = -1;
  let first = -1;
  let last = -1;
  values.forEach((value, index) => {
    if (value === undefined || Number.isNaN(value)) return;
    count++;
    if (first < 0) first = index;
    last = index;
    if (lowest < 0 || value < values[lowest]!) lowest = index;
    if (highest < 0 || value > values[highest]!) highest = index;
  });
  if (count === 0) return undefined;
  const change = values[last]! - values[first]!;
  const trend: Trend = change > 0 ? 'rising' : change < 0 ? 'falling' : 'flat';
  return { count, lowest, highest, first, last, trend };
}

/** One sentence about one series: lowest and highest steps, and the overall trend. */
export function seriesSummary(
  series: string,
  values: ReadonlyArray<number | undefined>,
  stepTitles: readonly string[],
  scale: NormalizedScale,
  options: TextOptions,
): string {
  const stats = seriesStats(values);
  if (!stats) return curveText(options, 'curve.summary.empty', { series });
  const point = (index: number) =>
    curveText(options, 'curve.summary.point', { step: stepTitles[index], value: describeValue(values[index]!, scale, options) });
  if (stats.count === 1) return curveText(options, 'curve.summary.single', { series, point: point(stats.first) });
  const first = describeValue(values[stats.first]!, scale, options);
  const last = describeValue(values[stats.last]!, scale, options);
  const trend = curveText(options, `curve.trend.${stats.trend}`, { first, last });
  return curveText(options, 'curve.summary.series', { series, lowest: point(stats.lowest), highest: point(stats.highest), trend }, );
}

export interface SummarySeries {
  label: string;
  values: ReadonlyArray<number | undefined>;
}

/** The chart's description: an opening sentence, then one sentence per series. */
export function chartSummary(
  title: string,
  stepTitles: readonly string[],
  scale: NormalizedScale,
  series: readonly SummarySeries[],
  options: TextOptions,
): string {
  const intro = curveText(options, 'curve.summary.intro', { count: formatSpokenNumber(stepTitles.length, options.intlLocale ?? options.locale), title });
  return [intro, ...series.map((s) => seriesSummary(s.label, s.values, stepTitles, scale, options))].join(' ');
}
