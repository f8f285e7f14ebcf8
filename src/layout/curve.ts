import { area, curveLinear, curveMonotoneX, curveStep, line, type CurveFactory } from 'd3-shape';
import type { NormalizedJourney, NormalizedScale } from '../model/types.js';
import { linearScale, type LinearScale } from './linear-scale.js';
import type { ColumnLayout } from './types.js';

/** Curve names accepted by the `curve` attribute, mapped to d3 factories (like Plot's curve option). */
export const CURVES = {
  'monotone-x': curveMonotoneX,
  linear: curveLinear,
  step: curveStep,
} as const satisfies Record<string, CurveFactory>;

export type CurveName = keyof typeof CURVES;

export const DEFAULT_CURVE: CurveName = 'monotone-x';

/** The d3 curve for a name; unknown or missing names get the default so a typo never breaks the chart. */
export function curveFactory(name: string | null | undefined): CurveFactory {
  return name && Object.prototype.hasOwnProperty.call(CURVES, name) ? CURVES[name as CurveName] : CURVES[DEFAULT_CURVE];
}

/** Room above the top and below the bottom of the scale, so markers and labels are not clipped. */
export interface PlotPadding {
  top: number;
  bottom: number;
}

/** Room for a value label above the highest point and below the lowest. */
export const DEFAULT_PADDING: PlotPadding = { top: 24, bottom: 30 };

/** The vertical scale: the scale's max at the top of the plot, its min at the bottom. */
export function emotionY(
  scale: NormalizedScale,
  height: number,
  padding: PlotPadding = DEFAULT_PADDING,
): LinearScale {
  const bottom = Math.max(padding.top, height - padding.bottom);
  return linearScale([scale.min, scale.max], [bottom, padding.top]);
}

/** The value that reads as "neither good nor bad": 0 when the scale spans it, else the middle. */
export function neutralValue(scale: NormalizedScale): number {
  return scale.min < 0 && scale.max > 0 ? 0 : (scale.min + scale.max) / 2;
}

export type Sentiment = 'positive' | 'neutral' | 'negative';

export function sentimentOf(value: number, scale: NormalizedScale): Sentiment {
  const neutral = neutralValue(scale);
  return value > neutral ? 'positive' : value < neutral ? 'negative' : 'neutral';
}

/** The labelled scale values, ascending (labels whose key is not a number on the scale are ignored). */
function labelledValues(scale: NormalizedScale): number[] {
  return Object.keys(scale.labels)
    .map(Number)
    .filter((value) => Number.isFinite(value) && value >= scale.min && value <= scale.max)
    .sort((a, b) => a - b);
}

export interface ScaleTick {
  value: number;
  y: number;
  /** The document's label for this value; absent for plain numeric ticks. */
  label?: string;
}

/** Ticks at the labelled values of the scale, or plain numeric ticks when the scale has no labels. */
export function scaleTicks(scale: NormalizedScale, y: LinearScale): ScaleTick[] {
  const labelled = labelledValues(scale);
  if (labelled.length > 0) {
    return labelled.map((value) => ({ value, y: y(value), label: scale.labels[String(value)] }));
  }
  return y.ticks(Math.min(5, Math.max(2, Math.round(scale.max - scale.min) + 1))).map((value) => ({ value, y: y(value) }));
}

export interface Zone {
  y: number;
  height: number;
}

/** The tinted bands above (positive) and below (negative) the neutral line. */
export interface Zones {
  neutralY: number;
  positive: Zone;
  negative: Zone;
}

export function emotionZones(scale: NormalizedScale, y: LinearScale): Zones {
  const top = y(scale.max);
  const neutralY = y(neutralValue(scale));
  const bottom = y(scale.min);
  return {
    neutralY,
    positive: { y: top, height: neutralY - top },
    negative: { y: neutralY, height: bottom - neutralY },
  };
}

/**
 * x of every column's centre in drawing order. Right-to-left pages mirror the inline axis, so the
 * first step sits at the inline start (the right edge) while the layout's numbers stay logical.
 */
export function columnCenters(layout: ColumnLayout, rtl = false): number[] {
  return layout.columns.map((column) => (rtl ? layout.contentWidth - column.center : column.center));
}

/** One point of a series: one per step column; `value` is undefined where the step has none. */
export interface CurvePoint {
  index: number;
  x: number;
  /** NaN when the value is missing. */
  y: number;
  value: number | undefined;
}

export interface EmotionSeries {
  /** Persona id, or DEFAULT_PERSONA. */
  id: string;
  /** Persona name; undefined for the document-wide series (elements show a localized name). */
  name: string | undefined;
  points: CurvePoint[];
}

/** The series ids to draw: every series, or only the requested persona when it exists. */
export function visibleSeriesIds(journey: NormalizedJourney, persona?: string | null): string[] {
  return persona && journey.seriesIds.includes(persona) ? [persona] : journey.seriesIds;
}

/** One series per persona, its points over the columns of `journey`. */
export function emotionSeries(
  journey: NormalizedJourney,
  centers: readonly number[],
  y: LinearScale,
  persona?: string | null,
): EmotionSeries[] {
  return visibleSeriesIds(journey, persona).map((id) => ({
    id,
    name: journey.personas.find((p) => p.id === id)?.name,
    points: journey.steps.map((step, index) => {
      const value = step.emotionByPersona[id];
      const defined = typeof value === 'number' && Number.isFinite(value);
      return { index, x: centers[index], y: defined ? y(value) : NaN, value: defined ? value : undefined };
    }),
  }));
}

/**
 * The series of a second journey (e.g. the future state) placed on the first journey's columns:
 * steps are matched by id, so a step only the compared journey has is not drawn, and a step it lacks
 * has no point (the plot's line passes over it: curve-model.ts). A persona the compared journey lacks falls back to its document-wide series.
 */
export function alignedSeries(
  base: NormalizedJourney,
  compare: NormalizedJourney,
  centers: readonly number[],
  y: LinearScale,
  persona?: string | null,
): EmotionSeries[] {
  return visibleSeriesIds(base, persona).map((id) => {
    const sourceId = comparedSeriesId(compare, id);
    return {
      id,
      name: base.personas.find((p) => p.id === id)?.name,
      points: base.steps.map((step, index) => {
        const compareIndex = compare.stepIndexById.get(step.id);
        const value = compareIndex === undefined ? undefined : compare.steps[compareIndex].emotionByPersona[sourceId];
        const defined = typeof value === 'number' && Number.isFinite(value);
        return { index, x: centers[index], y: defined ? y(value) : NaN, value: defined ? value : undefined };
      }),
    };
  });
}

const isDefined = (point: CurvePoint) => point.value !== undefined;

/** The compared journey's series drawn for `id`: the same persona, else its document-wide series. */
const comparedSeriesId = (compare: NormalizedJourney, id: string) => (compare.seriesIds.includes(id) ? id : compare.seriesIds[0]);

/** A ghost column (a removed step) where the curve draws it: its id, the map's column it comes before, its centre x. */
export interface GhostCenter {
  id: string;
  before: number;
  x: number;
}

/**
 * The centres of a layout's ghost columns that stand for a removed step (or stage without steps),
 * mirrored like `columnCenters` in right-to-left. A ghost standing for a removed stage whose steps all
 * moved has no value of its own: its steps are drawn where they are now.
 */
export function ghostCenters(layout: ColumnLayout, rtl = false): GhostCenter[] {
  return (layout.ghosts ?? [])
    .filter((ghost) => !ghost.standsForStage)
    .map((ghost) => ({ id: ghost.id, before: ghost.before, x: rtl ? layout.contentWidth - ghost.center : ghost.center }));
}

/**
 * The points a compared series' line goes through: its points on the map's columns and, at each ghost
 * column, the removed step's own value in the compared journey (index −1: not a column of the map),
 * so the old curve passes through the removed step where the map shows it instead of cutting across.
 */
export function pointsThroughGhosts(
  series: EmotionSeries,
  compare: NormalizedJourney,
  ghosts: readonly GhostCenter[],
  y: LinearScale,
): CurvePoint[] {
  if (!ghosts.length) return series.points;
  const sourceId = comparedSeriesId(compare, series.id);
  const ghostPoint = (ghost: GhostCenter): CurvePoint => {
    const index = compare.stepIndexById.get(ghost.id);
    const value = index === undefined ? undefined : compare.steps[index].emotionByPersona[sourceId];
    const defined = typeof value === 'number' && Number.isFinite(value);
    return { index: -1, x: ghost.x, y: defined ? y(value) : NaN, value: defined ? value : undefined };
  };
  const points: CurvePoint[] = [];
  let next = 0;
  for (const point of series.points) {
    while (next < ghosts.length && ghosts[next].before <= point.index) points.push(ghostPoint(ghosts[next++]));
    points.push(point);
  }
  while (next < ghosts.length) points.push(ghostPoint(ghosts[next++]));
  return points;
}

/**
 * The line through a series' points, with a gap wherever a value is missing (never drawn as zero).
 * Returns the SVG path string, or draws into `context` (a canvas 2D context) when one is given:
 * the same d3 line generator for both targets.
 */
export function seriesPath(points: readonly CurvePoint[], curve: CurveFactory): string;
export function seriesPath(points: readonly CurvePoint[], curve: CurveFactory, context: CanvasRenderingContext2D): void;
export function seriesPath(
  points: readonly CurvePoint[],
  curve: CurveFactory,
  context?: CanvasRenderingContext2D,
): string | void {
  const generator = line<CurvePoint>()
    .defined(isDefined)
    .x((p) => p.x)
    .y((p) => p.y)
    .curve(curve);
  if (context) {
    generator.context(context)(points);
    return;
  }
  return generator(points) ?? '';
}

/**
 * The shaded difference between two series over the same columns: closed where both have a value,
 * open (a gap) where either is missing and before each of `breaks`.
 */
export function differencePath(
  current: readonly CurvePoint[],
  compare: readonly CurvePoint[],
  curve: CurveFactory,
  /** Column indices the area stops before and starts again at (a ghost column sits before them). */
  breaks: readonly number[] = [],
): string {
  const generator = area<number>()
    .defined((i) => i >= 0 && isDefined(current[i]) && compare[i] !== undefined && isDefined(compare[i]))
    .x((i) => current[i].x)
    .y0((i) => current[i].y)
    .y1((i) => compare[i].y)
    .curve(curve);
  const order: number[] = [];
  current.forEach((_, i) => {
    // −1 is never defined: a gap in the area.
    if (breaks.includes(i)) order.push(-1);
    order.push(i);
  });
  return generator(order) ?? '';
}

/** Band between two value arrays per column (e.g. the interquartile range), gaps where either is NaN. */
export function bandPath(
  centers: readonly number[],
  low: ArrayLike<number>,
  high: ArrayLike<number>,
  y: LinearScale,
  curve: CurveFactory,
): string {
  const generator = area<number>()
    .defined((i) => !Number.isNaN(low[i]) && !Number.isNaN(high[i]))
    .x((i) => centers[i])
    .y0((i) => y(low[i]))
    .y1((i) => y(high[i]))
    .curve(curve);
  return generator(centers.map((_, i) => i)) ?? '';
}

/** Points of a value array per column (NaN = missing), e.g. the individuals' median. */
export function valuePoints(centers: readonly number[], values: ArrayLike<number>, y: LinearScale): CurvePoint[] {
  return centers.map((x, index) => {
    const value = values[index];
    const defined = !Number.isNaN(value);
    return { index, x, y: defined ? y(value) : NaN, value: defined ? value : undefined };
  });
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Marker outline centred on (0, 0) whose shape encodes sentiment, so it reads without colour:
 * a triangle pointing up (positive), a circle (neutral), a triangle pointing down (negative).
 */
export function markerPath(sentiment: Sentiment, radius: number): string {
  const r = round(radius);
  if (sentiment === 'neutral') {
    const d = round(radius * 0.8);
    return `M${-d},0A${d},${d},0,1,1,${d},0A${d},${d},0,1,1,${-d},0Z`;
  }
  const half = round(radius * Math.sqrt(3) / 2);
  const base = round(radius / 2);
  return sentiment === 'positive'
    ? `M0,${-r}L${half},${base}L${-half},${base}Z`
    : `M0,${r}L${half},${-base}L${-half},${-base}Z`;
}
