import { scaleBand } from 'd3-scale';
import { range } from 'd3-array';
import type { NormalizedJourney } from '../model/types.js';
import { GHOST_COLUMN_WIDTH, withGhosts, type GhostColumn } from './ghost-columns.js';
import type { ColumnBox, ColumnLayout, StageBox } from './types.js';

/** Narrowest readable step column (px), used when the host passes no `minColumnWidth`. */
export const DEFAULT_MIN_COLUMN_WIDTH = 176;
/** Width of the sticky lane-header column (px), used when the host passes no `headerWidth`. */
export const DEFAULT_HEADER_WIDTH = 160;

export interface ColumnOptions {
  headerWidth?: number;
  minColumnWidth?: number;
  /** Removed columns of a compared document, drawn narrow in their places (ghost-columns.ts). */
  ghosts?: readonly GhostColumn[];
}

function positiveOr(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : fallback;
}

/**
 * Splits the measured width into one equal column per step. Columns fill the width when they can,
 * and never get narrower than `minColumnWidth` (the grid then scrolls). Every number is a whole pixel
 * so that lanes rendered by different elements line up exactly.
 */
export function computeColumns(
  journey: NormalizedJourney,
  measuredWidth: number,
  options: ColumnOptions = {},
): ColumnLayout {
  const headerWidth = positiveOr(options.headerWidth, DEFAULT_HEADER_WIDTH);
  const minColumnWidth = Math.max(1, positiveOr(options.minColumnWidth, DEFAULT_MIN_COLUMN_WIDTH));
  const width = Number.isFinite(measuredWidth) ? measuredWidth : 0;
  const availableWidth = Math.max(0, Math.floor(width) - headerWidth);
  const count = journey.steps.length;
  const ghostWidth = (options.ghosts?.length ?? 0) * GHOST_COLUMN_WIDTH;
  const columnWidth = count > 0 ? Math.max(minColumnWidth, Math.floor(Math.max(0, availableWidth - ghostWidth) / count)) : minColumnWidth;
  const contentWidth = columnWidth * count;

  // align(0) keeps the columns flush with the start; the rounding leftover stays at the end.
  const x = scaleBand<number>().domain(range(count)).range([0, contentWidth]).padding(0).align(0).round(true);

  const columns: ColumnBox[] = journey.steps.map((step, index) => {
    const start = x(index) ?? index * columnWidth;
    return {
      index,
      stepId: step.id,
      stageId: step.stageId,
      x: start,
      width: x.bandwidth(),
      center: start + Math.floor(x.bandwidth() / 2),
    };
  });

  const stages: StageBox[] = journey.stages.map((stage) => {
    const first = columns[stage.firstStep];
    return {
      stageId: stage.id,
      index: stage.index,
      x: first ? first.x : contentWidth,
      width: first ? columnWidth * stage.stepCount : 0,
      firstStep: stage.firstStep,
      stepCount: stage.stepCount,
    };
  });

  const layout: ColumnLayout = { availableWidth, headerWidth, columnWidth, contentWidth, columns, stages };
  return options.ghosts?.length ? withGhosts(layout, options.ghosts) : layout;
}

/**
 * True when two layouts place every column and stage at the same pixels; they may differ only in
 * `availableWidth` (a map a few pixels narrower whose columns are already at their minimum width).
 * Lanes use it to skip re-rendering for a new layout object that would draw nothing differently.
 */
export function sameColumnGeometry(a: ColumnLayout | undefined, b: ColumnLayout | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  if (a.headerWidth !== b.headerWidth || a.columnWidth !== b.columnWidth || a.contentWidth !== b.contentWidth) return false;
  if (a.columns.length !== b.columns.length || a.stages.length !== b.stages.length) return false;
  const sameColumns = a.columns.every((column, i) => {
    const other = b.columns[i];
    return column.stepId === other.stepId && column.stageId === other.stageId && column.x === other.x && column.width === other.width && column.center === other.center && column.colIndex === other.colIndex;
  });
  if (!sameGhosts(a, b)) return false;
  return sameColumns && a.stages.every((stage, i) => {
    const other = b.stages[i];
    return stage.stageId === other.stageId && stage.x === other.x && stage.width === other.width && stage.firstStep === other.firstStep && stage.stepCount === other.stepCount;
  });
}

/** Ghost columns are compared by what they show: their place, title and stage. */
function sameGhosts(a: ColumnLayout, b: ColumnLayout): boolean {
  const x = a.ghosts ?? [];
  const y = b.ghosts ?? [];
  if (x.length !== y.length || (a.ghostStages?.length ?? 0) !== (b.ghostStages?.length ?? 0)) return false;
  return x.every((ghost, i) => {
    const other = y[i];
    return ghost.id === other.id && ghost.x === other.x && ghost.title === other.title && ghost.stageId === other.stageId && ghost.stageTitle === other.stageTitle && ghost.stageRemoved === other.stageRemoved;
  });
}

/**
 * Whether two journeys have the same columns: computeColumns reads only the stages and each step's
 * id and stage. A new version of a document with one step's text changed keeps its layout object.
 */
function sameColumnInputs(a: NormalizedJourney, b: NormalizedJourney): boolean {
  if (a === b) return true;
  if (a.stages !== b.stages || a.steps.length !== b.steps.length) return false;
  return a.steps === b.steps || a.steps.every((step, index) => step.id === b.steps[index].id && step.stageId === b.steps[index].stageId);
}

/**
 * `computeColumns` memoized on the journey's columns (its stages and steps' ids), the whole-pixel width and the options, so an
 * element re-rendering for other reasons hands its lanes the same layout object.
 */
export class ColumnsMemo {
  private key?: { journey: NormalizedJourney; width: number; headerWidth?: number; minColumnWidth?: number; ghosts?: readonly GhostColumn[] };
  private value?: ColumnLayout;

  get(journey: NormalizedJourney, width: number, options: ColumnOptions): ColumnLayout {
    const key = this.key;
    const rounded = Math.floor(width);
    if (
      !this.value ||
      !key ||
      !sameColumnInputs(key.journey, journey) ||
      key.width !== rounded ||
      key.headerWidth !== options.headerWidth ||
      key.minColumnWidth !== options.minColumnWidth ||
      key.ghosts !== options.ghosts
    ) {
      this.key = { journey, width: rounded, ...options };
      this.value = computeColumns(journey, rounded, options);
    }
    return this.value;
  }
}
