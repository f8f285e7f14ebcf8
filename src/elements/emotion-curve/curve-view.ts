import { curveText } from '../../i18n/curve-strings.js';
import type { Locale, StringOverrides } from '../../i18n/locale.js';
import { mapString } from '../../i18n/map-strings.js';
import { formatSpokenNumber } from '../../i18n/number-format.js';
import type { EmotionPlot, PlotSeries } from '../../layout/curve-model.js';
import { describeValue, formatEmotion, type TextOptions } from '../../layout/summary.js';
import type { ColumnLayout } from '../../layout/types.js';
import type { NormalizedJourney } from '../../model/types.js';

/** What the sub-templates of `<emotion-curve>` read: the computed plot and the text settings. */
export interface CurveView {
  journey: NormalizedJourney;
  compare?: NormalizedJourney;
  layout: ColumnLayout;
  plot: EmotionPlot;
  locale: Locale;
  intlLocale: string;
  strings?: StringOverrides;
  rtl: boolean;
  /** The point the keyboard is on (standalone), as indices into `plot.series` and the steps. */
  active?: { series: number; step: number };
  /**
   * A chart on its own (not a map's lane): it names the steps and stages on its own axis, tints every
   * other stage behind the plot and counts the customers under the step names rather than in the plot.
   */
  standalone: boolean;
  /** Step id of the selected column (inside a map). */
  selectedStepId?: string;
  /** Whether customers' traces are drawn as a density (see layout/density.ts) rather than lines. */
  density: boolean;
  /** Whether changes animate: false when only the size changed (reduced motion is left to CSS). */
  animate: boolean;
  /**
   * Inside a map, whether a step's column is drawn yet (the map draws the columns in view first, see
   * column-window-context.ts): the markers, labels and cell names of the others wait. Unset: all are.
   */
  shows?: (stepIndex: number) => boolean;
}

/** Whether the step's column is drawn in full now (always, outside a map). */
export const showsStep = (view: CurveView, stepIndex: number): boolean => view.shows?.(stepIndex) ?? true;

export const textOptions = (view: CurveView): TextOptions => ({
  locale: view.locale,
  intlLocale: view.intlLocale,
  strings: view.strings,
});

const stateWord = (view: CurveView, journey: NormalizedJourney) =>
  curveText(view.locale, journey.state === 'future' ? 'curve.state.future' : 'curve.state.current', undefined, view.strings);

/**
 * The name of a series as the legend, table and announcements say it. With a compared journey both
 * sides say which one they are: the state ("current state", "future state"), or the journeys' titles
 * when both have the same state.
 */
export function seriesName(series: PlotSeries, view: CurveView): string {
  if (series.kind === 'median') return curveText(view.locale, 'curve.series.median', undefined, view.strings);
  const base = series.name ?? curveText(view.locale, 'curve.series.default', undefined, view.strings);
  if (!view.compare) return base;
  const journey = series.kind === 'compare' ? view.compare : view.journey;
  const sameState = view.compare.state === view.journey.state;
  const state = sameState ? journey.title : stateWord(view, journey);
  return curveText(view.locale, 'curve.series.withState', { series: base, state }, view.strings);
}

/** A value as text: "-1.5 (Annoyed)", or "no value". */
export function valueText(value: number | undefined, view: CurveView): string {
  return value === undefined
    ? curveText(view.locale, 'curve.noValue', undefined, view.strings)
    : describeValue(value, view.journey.scale, textOptions(view));
}

/** One series' value at a step, named: "Dana (current state): -1.5 (Annoyed)"; the median adds quartiles and n. */
export function pointDetail(series: PlotSeries, stepIndex: number, view: CurveView): string {
  const { plot, locale, strings } = view;
  const values = { series: seriesName(series, view), value: valueText(series.points[stepIndex].value, view) };
  if (series.kind !== 'median' || !plot.quantiles) return curveText(locale, 'curve.cell', values, strings);
  const q = plot.quantiles;
  const number = (v: number) => formatEmotion(v, view.intlLocale);
  return curveText(
    locale,
    'curve.median.detail',
    { ...values, q1: number(q.q1[stepIndex]), q3: number(q.q3[stepIndex]), n: formatSpokenNumber(q.n[stepIndex], view.intlLocale) },
    strings,
  );
}

const momentOfTruth = (stepIndex: number, view: CurveView) =>
  view.journey.steps[stepIndex].momentOfTruth ? [mapString(view.locale, 'step.momentOfTruth', undefined, view.strings)] : [];

/** What a screen reader hears on a point: stage, step, series, value and scale label. */
export function pointAnnouncement(seriesIndex: number, stepIndex: number, view: CurveView): string {
  const { journey, plot, locale, strings } = view;
  const step = journey.steps[stepIndex];
  const stage = journey.stages[step.stageIndex]?.title ?? '';
  const detail = pointDetail(plot.series[seriesIndex], stepIndex, view);
  return [curveText(locale, 'curve.announce', { stage, step: step.title, detail }, strings), ...momentOfTruth(stepIndex, view)].join('; ');
}

/** The accessible name of a step's grid cell in a map: every series' value at that step. */
export function cellLabel(stepIndex: number, view: CurveView): string {
  const details = view.plot.series
    .filter((series) => series.kind !== 'median' || (view.plot.quantiles?.n[stepIndex] ?? 0) > 0)
    .map((series) => pointDetail(series, stepIndex, view));
  return [...details, ...momentOfTruth(stepIndex, view)].join('; ');
}
