/**
 * A metric's history as a sparkline: the measurements (the `history` list, then the current value),
 * the target as a horizontal line, and the change since the previous measurement with its date.
 * Pure; the cell template only places what this returns.
 */
import { line } from 'd3-shape';
import { parseInstant } from '../model/dates.js';
import type { MetricDefinition, MetricValue } from '../model/types.js';
import { linearScale } from './linear-scale.js';
import { difference } from './metric-trend.js';

/**
 * Scales of the classic survey metrics, used when their definition declares no `min`/`max`:
 * CSAT 1–5 (average rating), NPS −100–100, CES 1–7 (the seven-point effort scale).
 */
export const KNOWN_METRIC_SCALES: Readonly<Record<string, readonly [number, number]>> = {
  csat: [1, 5],
  nps: [-100, 100],
  ces: [1, 7],
};

/** The range a metric's values are drawn on: its declared min/max, else the known scale of its id, else the data's. */
export function metricRange(id: string, definition: MetricDefinition | undefined, values: readonly number[]): [number, number] {
  const known = KNOWN_METRIC_SCALES[id.trim().toLowerCase()];
  const lowest = Math.min(...values);
  const highest = Math.max(...values);
  let min = typeof definition?.min === 'number' ? definition.min : known ? known[0] : lowest;
  let max = typeof definition?.max === 'number' ? definition.max : known ? known[1] : highest;
  // A value outside the declared scale widens it rather than being drawn off the chart.
  min = Math.min(min, lowest);
  max = Math.max(max, highest);
  if (min === max) return [min - 1, max + 1];
  return [min, max];
}

export interface Measurement {
  /** The date as written; undefined for the current value when the document has no `asOf`. */
  at?: string;
  instant?: number;
  value: number;
  x: number;
  y: number;
}

export interface MetricHistory {
  /** Oldest first; the last one is the current value. */
  points: Measurement[];
  /** The SVG path through the points. */
  path: string;
  /** The target's height, when the reading has a target. */
  targetY?: number;
  width: number;
  height: number;
  /** The measurement before the current value, and the change from it. */
  previous?: Measurement;
  delta?: number;
}

export interface SparklineSize {
  width: number;
  height: number;
  /** Room kept inside the box so the line and its end marker are not clipped. */
  inset: number;
}

export const SPARKLINE_SIZE: SparklineSize = { width: 96, height: 28, inset: 3 };

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * The sparkline of a reading with at least one dated measurement in `history`, or undefined.
 * The current `value` is the last point; a last history entry dated on or after `asOf` is that same
 * measurement written twice, and is not counted as the previous one.
 */
export function metricHistory(
  reading: MetricValue,
  definition: MetricDefinition | undefined,
  asOf?: string,
  size: SparklineSize = SPARKLINE_SIZE,
): MetricHistory | undefined {
  if (!finite(reading.value) || !Array.isArray(reading.history)) return undefined;
  const dated = reading.history
    .filter((entry) => !!entry && typeof entry === 'object' && finite(entry.value))
    .map((entry) => ({ at: entry.at, instant: parseInstant(entry.at), value: entry.value }))
    .filter((entry): entry is { at: string; instant: number; value: number } => entry.instant !== undefined)
    .sort((a, b) => a.instant - b.instant);
  if (!dated.length) return undefined;
  const current = parseInstant(asOf);
  const last = dated[dated.length - 1]!;
  if (current !== undefined && last.instant >= current) dated.pop();
  const series = [...dated, { at: current === undefined ? undefined : asOf, instant: current, value: reading.value }];
  if (series.length < 2) return undefined;
  const target = finite(reading.target) ? reading.target : undefined;
  const values = series.map((entry) => entry.value).concat(target === undefined ? [] : [target]);
  const [min, max] = metricRange(reading.metric, definition, values);
  const { width, height, inset } = size;
  const x = linearScale([0, series.length - 1], [inset, width - inset]);
  const y = linearScale([min, max], [height - inset, inset]);
  const points: Measurement[] = series.map((entry, index) => {
    const point: Measurement = { value: entry.value, x: round(x(index)), y: round(y(entry.value)) };
    if (entry.at !== undefined) point.at = entry.at;
    if (entry.instant !== undefined) point.instant = entry.instant;
    return point;
  });
  const path = line<Measurement>((point) => point.x, (point) => point.y).digits(2)(points) ?? '';
  const previous = points[points.length - 2]!;
  const history: MetricHistory = { points, path, width, height, previous, delta: difference(reading.value, previous.value) };
  if (target !== undefined) history.targetY = round(y(target));
  return history;
}

const round = (value: number): number => Math.round(value * 100) / 100;

/** The history of a reading as plain text for CSV: "2025-10-01 3.4, 2026-04-01 3.6". */
export function historyText(reading: MetricValue): string | undefined {
  if (!Array.isArray(reading.history) || !reading.history.length) return undefined;
  return reading.history.map((entry) => `${entry.at} ${entry.value}`).join(', ');
}
