import { curveText } from '../../i18n/curve-strings.js';
import { mapString } from '../../i18n/map-strings.js';
import { formatSpokenNumber } from '../../i18n/number-format.js';
import type { EmotionPlot, PlotSeries } from '../../layout/curve-model.js';
import { describeValue, formatEmotion, type TextOptions } from '../../layout/summary.js';
import type { ColumnLayout } from '../../layout/types.js';
import type { NormalizedJourney } from '../../model/types.js';
import { type Translator } from '../../i18n/translator.js';

/** What the sub-templates of `<emotion-curve>` read: the computed plot and the text settings. */
export interface CurveView extends Translator {
  journey: NormalizedJourney;
  compare?: NormalizedJourney;
  layout: ColumnLayout;
  plot: EmotionPlot;
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
  curveText(view, journey.state === 'future' ? 'curve.state.future' : 'curve.state.current');

/**
 * The name of a series as the legend, table and announcements say it. With a compared journey both
 * sides say which one they are: the state ("current state", "future state"), or the journeys' titles
 * when both have the same state.
 */
export function seriesName(series: PlotSeries, view: CurveView): string {
  if (series.kind === 'median') return curveText(view, 'curve.series.median');
  const base = series.name ?? curveText(view, 'curve.series.default');
  if (!view.compare) return base;
  const journey = series.kind === 'compare' ? view.compare : view.journey;
  const sameState = view.compare.state === view.journey.state;
  const state = sameState ? journey.title : stateWord(view, journey);
  return curveText(view, 'curve.series.withState', { series: base, state });
}

/** A value as text: "-1.5 (Annoyed)", or "no value". */
export function valueText(value: number | undefined, view: CurveView): string {
  return value === undefined
    ? curveText(view, 'curve.noValue')
    : describeValue(value, view.journey.scale, textOptions(view));
}

/** One series' value at a step, named: "Dana (current state): -1.5 (Annoyed)"; the median adds quartiles and n. */
export function pointDetail(series: PlotSeries, stepIndex: number, view: CurveView): string {
  const { plot } = view;
  const values = { series: seriesName(series, view), value: valueText(series.points[stepIndex].value, view) };
  if (series.kind !== 'median' || !plot.quantiles) return curveText(view, 'curve.cell', values);
  const q = plot.quantiles;
  const number = (v: number) => formatEmotion(v, view.intlLocale);
  return curveText(view, 'curve.median.detail', { ...values, q1: number(q.q1[stepIndex]), q3: number(q.q3[stepIndex]), n: formatSpokenNumber(q.n[stepIndex], view.intlLocale) }, );
}

const momentOfTruth = (stepIndex: number, view: CurveView) =>
  view.journey.steps[stepIndex].momentOfTruth ? [mapString(view, 'step.momentOfTruth')] : [];

/** What a screen reader hears on a point: stage, step, series, value and scale label. */
export function pointAnnouncement(seriesIndex: number, stepIndex: number, view: CurveView): string {
  const { journey, plot } = view;
  const step = journey.steps[stepIndex];
  const stage = journey.stages[step.stageIndex]?.title ?? '';
  const detail = pointDetail(plot.series[seriesIndex], stepIndex, view);
  return [curveText(view, 'curve.announce', { stage, step: step.title, detail }), ...momentOfTruth(stepIndex, view)].join('; ');
}

/** Cell names by step index, made once per plot (its series, values and compared journey) and words. */
const cellLabels = new WeakMap<CurveView['plot'], { view: CurveView; labels: Map<number, string> }>();

/** The accessible name of a step's grid cell in a map: every series' value at that step (made once per column, plot and language). */
export function cellLabel(stepIndex: number, view: CurveView): string {
  let cached = cellLabels.get(view.plot);
  const last = cached?.view;
  if (!cached || !last || last.journey !== view.journey || last.compare !== view.compare || last.locale !== view.locale || last.intlLocale !== view.intlLocale || last.strings !== view.strings) {
    cached = { view, labels: new Map() };
    cellLabels.set(view.plot, cached);
  }
  let label = cached.labels.get(stepIndex);
  if (label === undefined) {
    label = namedCell(stepIndex, view);
    cached.labels.set(stepIndex, label);
  }
  return label;
}

function namedCell(stepIndex: number, view: CurveView): string {
  const details = view.plot.series
    .filter((series) => series.kind !== 'median' || (view.plot.quantiles?.n[stepIndex] ?? 0) > 0)
    .map((series) => pointDetail(series, stepIndex, view));
  return [...details, ...momentOfTruth(stepIndex, view)].join('; ');
}
