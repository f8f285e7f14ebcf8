import type { CurveFactory } from 'd3-shape';
import type { NormalizedJourney } from '../model/types.js';
import {
  alignedSeries,
  bandPath,
  columnCenters,
  curveFactory,
  differencePath,
  emotionSeries,
  emotionY,
  emotionZones,
  ghostCenters,
  markerPath,
  pointsThroughGhosts,
  scaleTicks,
  sentimentOf,
  seriesPath,
  valuePoints,
  DEFAULT_PADDING,
  type CurvePoint,
  type EmotionSeries,
  type PlotPadding,
  type ScaleTick,
  type Sentiment,
  type Zones,
} from './curve.js';
import type { LinearScale } from './linear-scale.js';
import { lastEventPerStep, stepQuantiles, type StepQuantiles, type TraceMatrix } from './quantiles.js';
import type { ColumnLayout } from './types.js';

/** Number of distinct series colours (`--journey-series-1` … `--journey-series-6`). */
export const SERIES_COLORS = 6;
export const MARKER_RADIUS = 6;
export const MOMENT_MARKER_RADIUS = 9;

export interface PlotPoint extends CurvePoint {
  sentiment?: Sentiment;
  /** Marker outline centred on the point; empty where the value is missing. */
  marker: string;
  momentOfTruth: boolean;
}

export type SeriesKind = 'current' | 'compare' | 'median';

export interface PlotSeries {
  /** Unique within the plot: `<kind>:<persona id>`. */
  key: string;
  kind: SeriesKind;
  /** Persona id (DEFAULT_PERSONA for a document-wide series); undefined for the median. */
  personaId?: string;
  /** Persona name; undefined when elements show a localized name instead. */
  name?: string;
  /** 1-based colour slot, stable per persona whatever the filter. */
  color: number;
  path: string;
  points: PlotPoint[];
  /** A compared series' points at the ghost columns (removed steps) its line passes through, drawn as its hollow markers. */
  ghostPoints?: GhostPlotPoint[];
}

/** A compared series' point at a ghost column: the removed step's id and value, not a column of the map (index −1). */
export interface GhostPlotPoint extends PlotPoint {
  ghostId: string;
}

export interface HighlightPoint extends CurvePoint {
  channel?: string;
}

export interface HighlightTrace {
  id: string;
  label?: string;
  path: string;
  points: HighlightPoint[];
}

/** Everything the emotion plot draws, already in pixels: templates only place these values. */
export interface EmotionPlot {
  width: number;
  height: number;
  y: LinearScale;
  curve: CurveFactory;
  centers: number[];
  ticks: ScaleTick[];
  zones: Zones;
  /** Navigation order: the personas, then the compared journey's personas, then the median. */
  series: PlotSeries[];
  /** Shaded difference between each persona's current and compared series. */
  differences: Array<{ key: string; color: number; path: string }>;
  /** Individuals' interquartile band; empty without individuals. */
  band: string;
  /** The individuals drawn (on a canvas) behind the lines, and their per-step quantiles. */
  traces?: TraceMatrix;
  quantiles?: StepQuantiles;
  customers: number;
  /**
   * The colour slot of the persona the customers drawn belong to (the `persona` shown, or the one
   * persona of every customer): their band and median take its colour. 0 when they are of several.
   */
  customerColor: number;
  highlight?: HighlightTrace;
}

export interface PlotOptions {
  height: number;
  curve?: string | null;
  /** Show only this persona. */
  persona?: string | null;
  compare?: NormalizedJourney;
  /** The individuals' matrix (see `traceMatrix`), already filtered by persona. */
  traces?: TraceMatrix;
  /** `stepQuantiles(traces)`, when the caller keeps it between builds. */
  quantiles?: StepQuantiles;
  /** Customer id to draw on top. */
  highlight?: string | null;
  rtl?: boolean;
  padding?: PlotPadding;
}

/** The 1-based colour slot of a persona: its place among the series, the same in every element and the export. */
export function colorSlot(journey: NormalizedJourney, personaId: string): number {
  const index = journey.seriesIds.indexOf(personaId);
  return (Math.max(0, index) % SERIES_COLORS) + 1;
}

/** A point with its marker: the sentiment's shape, larger at a moment of truth; none where the value is missing. */
function markedPoint(journey: NormalizedJourney, point: CurvePoint, momentOfTruth: boolean): PlotPoint {
  if (point.value === undefined) return { ...point, marker: '', momentOfTruth };
  const sentiment = sentimentOf(point.value, journey.scale);
  return { ...point, sentiment, momentOfTruth, marker: markerPath(sentiment, momentOfTruth ? MOMENT_MARKER_RADIUS : MARKER_RADIUS) };
}

function plotSeries(
  journey: NormalizedJourney,
  kind: SeriesKind,
  series: EmotionSeries,
  curve: CurveFactory,
  /** The points the line goes through when they are not only the series' own (ghost columns). */
  linePoints?: readonly CurvePoint[],
): PlotSeries {
  const points = series.points.map((point) => markedPoint(journey, point, kind === 'current' && journey.steps[point.index]?.momentOfTruth === true));
  return {
    key: `${kind}:${series.id}`,
    kind,
    personaId: series.id,
    name: series.name,
    color: colorSlot(journey, series.id),
    path: seriesPath(linePoints ?? points, curve),
    points,
  };
}

function highlightTrace(
  journey: NormalizedJourney,
  id: string,
  centers: number[],
  y: LinearScale,
  curve: CurveFactory,
): HighlightTrace | undefined {
  const individual = journey.individuals.find((candidate) => candidate.id === id);
  if (!individual) return undefined;
  const chosen = new Int32Array(journey.steps.length);
  const events = lastEventPerStep(individual, journey.stepIndexById, chosen);
  const points = centers.map((x, index): HighlightPoint => {
    const event = chosen[index] >= 0 ? events[chosen[index]] : undefined;
    if (!event) return { index, x, y: NaN, value: undefined };
    return { index, x, y: y(event.emotion!), value: event.emotion!, channel: event.channel };
  });
  return { id, label: individual.label, path: seriesPath(points, curve), points };
}

/** The colour slot of the customers' persona: the persona shown, else the one persona all of them name; 0 for none or several. */
export function customerColorSlot(journey: NormalizedJourney, persona?: string | null): number {
  let shared = persona ?? undefined;
  if (shared === undefined) {
    for (const individual of journey.individuals) {
      if (individual.persona === undefined || (shared !== undefined && individual.persona !== shared)) return 0;
      shared = individual.persona;
    }
  }
  return shared !== undefined && journey.seriesIds.includes(shared) ? colorSlot(journey, shared) : 0;
}

/** The compared journey's series on the map's columns; their lines also pass through the ghost columns (removed steps). */
function compareSeries(
  journey: NormalizedJourney,
  compare: NormalizedJourney,
  layout: ColumnLayout,
  centers: number[],
  y: LinearScale,
  curve: CurveFactory,
  options: PlotOptions,
): PlotSeries[] {
  const ghosts = ghostCenters(layout, options.rtl);
  // A step only this map has (a new one) was no step of the compared journey: its line goes on past
  // that column, from the step before to the step after, as the compared document went — not cut
  // there as if a value were missing (a step it has without an emotion is still a gap).
  const wasThere = (point: CurvePoint) => point.index < 0 || compare.stepIndexById.has(journey.steps[point.index]!.id);
  return alignedSeries(journey, compare, centers, y, options.persona).map((s) => {
    if (!ghosts.length) {
      const line = s.points.filter(wasThere);
      return plotSeries(journey, 'compare', s, curve, line.length === s.points.length ? undefined : line);
    }
    const through = pointsThroughGhosts(s, compare, ghosts, y).filter(wasThere);
    // The ghost points come in the ghosts' order (index −1): each gets the series' hollow marker.
    const ghostPoints = through
      .filter((point) => point.index < 0)
      .map((point, i): GhostPlotPoint => ({ ...markedPoint(journey, point, false), ghostId: ghosts[i]!.id }))
      .filter((point) => point.value !== undefined);
    return { ...plotSeries(journey, 'compare', s, curve, through), ghostPoints };
  });
}

/** Builds the plot for a journey laid out in `layout`: the pure heart of `<emotion-curve>`. */
export function buildEmotionPlot(journey: NormalizedJourney, layout: ColumnLayout, options: PlotOptions): EmotionPlot {
  const curve = curveFactory(options.curve);
  const y = emotionY(journey.scale, options.height, options.padding ?? DEFAULT_PADDING);
  const centers = columnCenters(layout, options.rtl);
  const current = emotionSeries(journey, centers, y, options.persona).map((s) => plotSeries(journey, 'current', s, curve));
  const compared = options.compare
    ? compareSeries(journey, options.compare, layout, centers, y, curve, options)
    : [];
  const differences = compared.map((series, i) => ({
    key: series.personaId!,
    color: series.color,
    // Not across a ghost column: there the dashed line dips to the removed step, which the map does not have.
    path: differencePath(current[i].points, series.points, curve, ghostCenters(layout).map((ghost) => ghost.before)),
  }));
  const series = [...current, ...compared];
  const traces = options.traces;
  let quantiles: StepQuantiles | undefined;
  let band = '';
  let customerColor = 0;
  if (traces && traces.customers > 0) {
    customerColor = customerColorSlot(journey, options.persona);
    quantiles = options.quantiles ?? stepQuantiles(traces);
    band = bandPath(centers, quantiles.q1, quantiles.q3, y, curve);
    const points = valuePoints(centers, quantiles.median, y).map((p): PlotPoint => ({ ...p, marker: '', momentOfTruth: false }));
    series.push({ key: 'median:', kind: 'median', color: customerColor, path: seriesPath(points, curve), points });
  }
  return {
    width: layout.contentWidth,
    height: options.height,
    y,
    curve,
    centers,
    ticks: scaleTicks(journey.scale, y),
    zones: emotionZones(journey.scale, y),
    series,
    differences,
    band,
    traces: traces && traces.customers > 0 ? traces : undefined,
    quantiles,
    customers: traces?.customers ?? 0,
    customerColor,
    highlight: options.highlight ? highlightTrace(journey, options.highlight, centers, y, curve) : undefined,
  };
}
