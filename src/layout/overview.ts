import { line } from 'd3-shape';
import type { NormalizedJourney } from '../model/types.js';
import { linearScale } from './linear-scale.js';
import type { ColumnLayout } from './types.js';

/**
 * The overview strip of a map wider than its view: the stages as segments in proportion to their
 * steps, the emotion line as a sparkline, and a window showing the columns in view. Geometry only:
 * positions are fractions of the whole width of the columns (0 to 1), so the strip can be any width
 * and the inline direction (RTL) is the stylesheet's business.
 */

/** Width and height of the sparkline's viewBox (the SVG is stretched to the strip). */
export const SPARK_WIDTH = 1000;
export const SPARK_HEIGHT = 24;

export interface OverviewStage {
  index: number;
  stageId: string;
  title: string;
  stepCount: number;
  /** Where the stage starts and how wide it is, as fractions of all the columns. */
  start: number;
  size: number;
}

export interface OverviewModel {
  stages: OverviewStage[];
  /** The emotion line in a SPARK_WIDTH × SPARK_HEIGHT box ('' when no step has a value). */
  spark: string;
  /** y of the scale's neutral value (the middle of the scale) in the same box. */
  neutral: number;
}

/** A fraction of the columns: the part in view. */
export interface OverviewWindow {
  start: number;
  size: number;
}

/** True when the step columns are wider than the space they have: the map scrolls sideways. */
export function columnsOverflow(layout: ColumnLayout): boolean {
  return layout.columns.length > 0 && layout.contentWidth > layout.availableWidth;
}

/** The step's emotion for the strip: the persona's value, or else the mean of every persona's values. */
function emotionOf(values: Record<string, number>, persona: string | undefined): number | undefined {
  if (persona !== undefined) return values[persona];
  const all = Object.values(values);
  return all.length ? all.reduce((sum, value) => sum + value, 0) / all.length : undefined;
}

export function overviewModel(journey: NormalizedJourney, layout: ColumnLayout, persona?: string): OverviewModel {
  const total = layout.contentWidth || 1;
  const stages = layout.stages
    .filter((box) => box.width > 0)
    .map((box) => ({
      index: box.index,
      stageId: box.stageId,
      title: journey.stages[box.index].title,
      stepCount: box.stepCount,
      start: box.x / total,
      size: box.width / total,
    }));
  const { min, max } = journey.scale;
  const y = linearScale([min, max], [SPARK_HEIGHT - 2, 2]);
  const points = layout.columns.map((column) => ({
    x: (column.center / total) * SPARK_WIDTH,
    value: emotionOf(journey.steps[column.index].emotionByPersona, persona),
  }));
  const path = line<{ x: number; value: number | undefined }>()
    .defined((point) => point.value !== undefined)
    .x((point) => point.x)
    .y((point) => y(point.value ?? 0))
    .digits(1)(points);
  return { stages, spark: path ?? '', neutral: Math.round(y((min + max) / 2) * 10) / 10 };
}

/**
 * The columns in view as a fraction of all of them: `offset` px scrolled from the inline start, the
 * scroller `viewport` px wide (the sticky lane names take `layout.headerWidth` of it).
 */
export function overviewWindow(layout: ColumnLayout, offset: number, viewport: number): OverviewWindow {
  const total = layout.contentWidth;
  if (total <= 0) return { start: 0, size: 1 };
  const size = Math.min(1, Math.max(0, viewport - layout.headerWidth) / total);
  const start = Math.min(Math.max(0, offset / total), 1 - size);
  return { start, size };
}

/** Index (into `stages`) of the stage the window starts in: the reader's "you are here". */
export function stageAt(stages: readonly OverviewStage[], window: OverviewWindow): number {
  // A hair of tolerance: a window scrolled exactly to a stage's start belongs to that stage.
  const at = window.start + 1e-9;
  const found = stages.findIndex((stage) => at >= stage.start && at < stage.start + stage.size);
  return found >= 0 ? found : Math.max(0, stages.length - 1);
}

/** A stage's name written over the strip: which stage, where (px from the strip's inline start), how wide at most. */
export interface OverviewLabel {
  /** Index into the model's stages. */
  stage: number;
  left: number;
  width: number;
  current: boolean;
}

/** Room between two names, padding inside a name's box, and the widest a name may be (longer ones end in "…"). */
export const OVERVIEW_LABEL = { gap: 8, padding: 4, maxWidth: 160 };

/**
 * Which stages the strip names, so that no two names overlap: the stage in view always (its name at
 * its segment's start, moved back inside the strip at the end), then, from the start, every stage
 * whose name fits before the next named one — every k-th stage of a long map of narrow segments.
 * `measure` gives a name's width in px; `width` is the strip's; a name's box never exceeds `width` px
 * (the stylesheet cuts what a measure underestimated).
 */
export function overviewLabels(stages: readonly OverviewStage[], width: number, current: number, measure: (text: string) => number): OverviewLabel[] {
  if (!stages.length || width <= 0) return [];
  const box = (index: number): OverviewLabel => {
    const size = Math.min(OVERVIEW_LABEL.maxWidth, width, measure(stages[index]!.title) + 2 * OVERVIEW_LABEL.padding);
    const left = Math.max(0, Math.min(stages[index]!.start * width, width - size));
    return { stage: index, left, width: size, current: index === current };
  };
  const placed = [box(Math.min(Math.max(0, current), stages.length - 1))];
  const clear = (label: OverviewLabel) =>
    placed.every((other) => label.left + label.width + OVERVIEW_LABEL.gap <= other.left || other.left + other.width + OVERVIEW_LABEL.gap <= label.left);
  stages.forEach((_, index) => {
    if (index === placed[0]!.stage) return;
    const label = box(index);
    // A name starts in its own segment (not pushed back from the end onto another stage's).
    if (label.left >= stages[index]!.start * width - 0.5 && clear(label)) placed.push(label);
  });
  return placed.sort((a, b) => a.left - b.left);
}
