import type { HighlightTrace, PlotSeries } from './curve-model.js';
import type { ScaleTick } from './curve.js';
import { spreadLabels } from './spread-labels.js';
import type { Measure } from './text-wrap.js';

/** Where a value label sits from its marker: above a good or neutral moment, below a bad one (a text baseline). */
export const VALUE_LABEL = { above: -13, below: 22, gap: 13 };
/** A moment-of-truth ring (r 13) needs the label this much further out. */
const RING_CLEARANCE = 4;
/** Markers of one column closer than this share one label ("−1 / −1.5"): two labels would sit on each other's markers. */
const CLUSTER = 30;
/** A label's box around its baseline (11 px text): ascent, descent, and a margin on either side. */
const LABEL_BOX = { ascent: 9, descent: 3, margin: 2 };
/** How far a label may move from where it wants to be to clear a neighbour or a scale word. */
const MAX_SHIFT = 60;
/** Half the box of a marker that labels must not cover (a moment's ring is wider). */
const MARKER_HALF = 7;
const RING_HALF = 14;

/** An open customer's channel mark (plot-template.ts): an 18 px square whose top is 30 px above their point. */
export const CHANNEL_MARK = { size: 18, above: 30 };
/** Half the box of an open customer's point (r 4.5 with its outline). */
const HIGHLIGHT_HALF = 6;

/** An axis-aligned box in plot coordinates. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** One value label of the current series: where it goes, and whose values it says. */
export interface ValueLabel {
  step: number;
  x: number;
  /** The text baseline, in plot coordinates. */
  y: number;
  /** Indexes into `plot.series` of the values it says, in series order (one, or several merged). */
  series: number[];
  /**
   * What it says: one number per distinct value, with the series that have it ("−1 / −1.5"; equal
   * values say one "−1", the personas are still named by `series` for tooltips and screen readers).
   */
  parts: Array<{ text: string; series: number[] }>;
  /** A moment of truth: the label is bold. */
  moment: boolean;
  /**
   * No clear place within reach (many personas with the same values in narrow columns): the label is
   * not drawn, so that labels never overlap; its values stay in the point's tooltip, the table and the
   * summary. Absent when the label is drawn.
   */
  hidden?: true;
}

export interface LabelOptions {
  /** A value as the label writes it (default `String`). */
  format?: (value: number) => string;
  /** A text's width in px at the label's font (default 6.2 px a character, 11 px digits). */
  measure?: Measure;
  /** Boxes labels must not cover besides markers and each other (the scale words over the plot). */
  obstacles?: readonly Box[];
}

export const SEPARATOR = ' / ';
const estimate: Measure = (text) => text.length * 6.2;

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The text a label writes: its parts joined by " / ". */
export const labelText = (label: ValueLabel) => label.parts.map((part) => part.text).join(SEPARATOR);

function labelBox(label: ValueLabel, y: number, width: number): Box {
  const half = width / 2 + LABEL_BOX.margin;
  return { left: label.x - half, right: label.x + half, top: y - LABEL_BOX.ascent, bottom: y + LABEL_BOX.descent };
}

/**
 * The boxes of the scale words drawn over the plot's start edge (inside a map, and in the export):
 * each tick's text at `inset` from the start edge (the right one when `rtl`), its box centred on the
 * tick (`baseline` undefined) or above a baseline `baseline` px from it, measured at the tick's font.
 */
export function tickObstacles(
  ticks: readonly ScaleTick[],
  text: (tick: ScaleTick) => string,
  plotWidth: number,
  options: { rtl?: boolean; inset: number; measure: Measure; height: number; baseline?: number },
): Box[] {
  return ticks.map((tick) => {
    const width = options.measure(text(tick));
    const left = options.rtl ? plotWidth - options.inset - width : options.inset;
    const top = options.baseline === undefined ? tick.y - options.height / 2 : tick.y + options.baseline - options.height;
    return { left, right: left + width, top, bottom: top + options.height };
  });
}

/**
 * The boxes of an open customer's marks that value labels must keep clear of: each point, and with
 * `channels` (the screen draws them, the export does not) the channel mark above it.
 */
export function highlightObstacles(trace: HighlightTrace | undefined, channels: boolean): Box[] {
  const boxes: Box[] = [];
  for (const point of trace?.points ?? []) {
    if (point.value === undefined) continue;
    boxes.push({ left: point.x - HIGHLIGHT_HALF, right: point.x + HIGHLIGHT_HALF, top: point.y - HIGHLIGHT_HALF, bottom: point.y + HIGHLIGHT_HALF });
    if (channels && point.channel) {
      const half = CHANNEL_MARK.size / 2;
      const top = point.y - CHANNEL_MARK.above;
      boxes.push({ left: point.x - half, right: point.x + half, top, bottom: top + CHANNEL_MARK.size });
    }
  }
  return boxes;
}

/** The first baseline from `want` (outward first, then back past it) whose box is clear of `blocked`. */
function clearY(label: ValueLabel, want: number, outward: 1 | -1, width: number, blocked: readonly Box[], top: number, bottom: number): number | undefined {
  const near = blocked.filter((box) => box.left < label.x + width / 2 + LABEL_BOX.margin && label.x - width / 2 - LABEL_BOX.margin < box.right);
  for (let shift = 0; shift <= MAX_SHIFT; shift++) {
    for (const direction of shift ? [outward, -outward] : [outward]) {
      const y = want + direction * shift;
      if (y < top || y > bottom) continue;
      const box = labelBox(label, y, width);
      if (!near.some((other) => overlaps(box, other))) return y;
    }
  }
  return undefined;
}

/**
 * The current series' value labels, column by column, placed so they never overlap one another, a
 * marker (the compared journey's too), a moment-of-truth ring or a scale word: markers closer than a ring's width share one label
 * ("−1 / −1.5", or one "−1" when the values are equal; above the group, or below it when every value
 * in it is negative); the labels of a column are spread at least `VALUE_LABEL.gap` apart, within
 * [top, bottom]; then, column by column from the left, a label whose box (its text measured) would
 * cover a label of a neighbouring column or an obstacle moves away from its marker (or, when that
 * runs out of room, past it) to the nearest clear place; one with no clear place within reach is
 * `hidden` (never drawn over another). The screen and the export use it alike.
 */
export function placeValueLabels(series: readonly PlotSeries[], top: number, bottom: number, options: LabelOptions = {}): ValueLabel[] {
  const format = options.format ?? String;
  const measure = options.measure ?? estimate;
  const current = series.map((line, index) => ({ line, index })).filter(({ line }) => line.kind === 'current');
  const steps = Math.max(0, ...current.map(({ line }) => line.points.length));
  const columns: Array<Array<{ label: ValueLabel; outward: 1 | -1 }>> = [];
  const markers: Box[] = [];
  for (let step = 0; step < steps; step++) {
    const points = current
      .map(({ line, index }) => ({ index, point: line.points[step] }))
      .filter((entry) => entry.point !== undefined && entry.point.value !== undefined)
      .sort((a, b) => a.point!.y - b.point!.y || a.index - b.index);
    for (const { point } of points) {
      const half = point!.momentOfTruth ? RING_HALF : MARKER_HALF;
      markers.push({ left: point!.x - half, right: point!.x + half, top: point!.y - half, bottom: point!.y + half });
    }
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
      const members = group.map((entry) => entry.index).sort((a, b) => a - b);
      const parts: ValueLabel['parts'] = [];
      for (const index of members) {
        const text = format(series[index]!.points[step]!.value!);
        const same = parts.find((part) => part.text === text);
        if (same) same.series.push(index);
        else parts.push({ text, series: [index] });
      }
      const label: ValueLabel = { step, x: group[0]!.point!.x, y, series: members, parts, moment };
      return { label, outward: (below ? 1 : -1) as 1 | -1 };
    });
    const placed = spreadLabels(column.map(({ label }) => label.y), VALUE_LABEL.gap, top, bottom);
    column.forEach((entry, i) => (entry.label.y = placed[i]!));
    columns.push(column);
  }
  // Sideways: neighbouring columns' labels, the scale words and the compared journey's markers (its
  // dashed line has no labels, but a label over its open marker hid both), from the start of the plot.
  const compared = series.filter((line) => line.kind === 'compare').flatMap((line) => line.points.filter((point) => point.value !== undefined));
  const blocked: Box[] = [
    ...(options.obstacles ?? []),
    ...compared.map((point) => ({ left: point.x - MARKER_HALF, right: point.x + MARKER_HALF, top: point.y - MARKER_HALF, bottom: point.y + MARKER_HALF })),
  ];
  const order = columns.flat().sort((a, b) => a.label.x - b.label.x || a.label.y - b.label.y);
  for (const { label, outward } of order) {
    const width = measure(labelText(label)) * (label.moment ? 1.08 : 1);
    const box = labelBox(label, label.y, width);
    if (blocked.some((other) => overlaps(box, other))) {
      const y = clearY(label, label.y, outward, width, [...blocked, ...markers], top, bottom);
      if (y === undefined) {
        label.hidden = true;
        continue;
      }
      label.y = y;
    }
    blocked.push(labelBox(label, label.y, width));
  }
  return columns.flat().map(({ label }) => label);
}
