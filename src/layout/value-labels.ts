import type { PlotSeries } from './curve-model.js';
import { spreadLabels } from './spread-labels.js';

/** Where a value label sits from its marker: above a good or neutral moment, below a bad one (a text baseline). */
export const VALUE_LABEL = { above: -13, below: 22, gap: 13 };
/** A moment-of-truth ring (r 13) needs the label this much further out. */
const RING_CLEARANCE = 4;
/** Markers of one column closer than this share one label ("−1 / −1.5"): two labels would sit on each other's markers. */
const CLUSTER = 30;

/** One value label of the current series: where it goes, and whose values it says. */
export interface ValueLabel {
  step: number;
  x: number;
  /** The text baseline, in plot coordinates. */
  y: number;
  /** Indexes into `plot.series` of the values it says, in series order (one, or several merged). */
  series: number[];
  /** A moment of truth: the label is bold. */
  moment: boolean;
}

/**
 * The current series' value labels, column by column, placed so they never overlap one another, a
 * marker or a moment-of-truth ring: markers closer than a ring's width share one label ("−1 / −1.5",
 * above the group, or below it when every value in it is negative); the labels of a column are then
 * spread at least `VALUE_LABEL.gap` apart, within [top, bottom]. The screen and the export use it alike.
 */
export function placeValueLabels(series: readonly PlotSeries[], top: number, bottom: number): ValueLabel[] {
  const current = series.map((line, index) => ({ line, index })).filter(({ line }) => line.kind === 'current');
  const steps = Math.max(0, ...current.map(({ line }) => line.points.length));
  const labels: ValueLabel[] = [];
  for (let step = 0; step < steps; step++) {
    const points = current
      .map(({ line, index }) => ({ index, point: line.points[step] }))
      .filter((entry) => entry.point !== undefined && entry.point.value !== undefined)
      .sort((a, b) => a.point!.y - b.point!.y || a.index - b.index);
    const groups: Array<typeof points> = [];
    for (const entry of points) {
      const last = groups[groups.length - 1];
      if (last && entry.point!.y - last[last.length - 1]!.point!.y < CLUSTER) last.push(entry);
      else groups.push([entry]);
    }
    const column = groups.map((group) => {
      const moment = group.some((entry) => entry.point!.momentOfTruth);
      const clearance = moment ? RING_CLEARANCE : 0;
      const below = group.every((entry) => entry.point!.sentiment === 'negative');
      const y = below
        ? group[group.length - 1]!.point!.y + VALUE_LABEL.below + clearance
        : group[0]!.point!.y + VALUE_LABEL.above - clearance;
      return { step, x: group[0]!.point!.x, y, series: group.map((entry) => entry.index).sort((a, b) => a - b), moment };
    });
    const placed = spreadLabels(column.map((label) => label.y), VALUE_LABEL.gap, top, bottom);
    column.forEach((label, i) => labels.push({ ...label, y: placed[i]! }));
  }
  return labels;
}
