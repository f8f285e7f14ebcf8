import type { GhostBox, GhostStageBox } from './ghost-columns.js';

/** One step column of the map, in pixels relative to the start of the first column. */
export interface ColumnBox {
  index: number;
  stepId: string;
  stageId: string;
  x: number;
  width: number;
  /** x of the column's centre: where the emotion point of this step sits. */
  center: number;
  /** ARIA column index when ghost columns sit among the columns (ghost-columns.ts); else `index + 2`. */
  colIndex?: number;
}

/** The horizontal extent of a stage: the union of its step columns. */
export interface StageBox {
  stageId: string;
  index: number;
  x: number;
  width: number;
  firstStep: number;
  stepCount: number;
  /** With ghost columns: the ARIA column index and span, which count the stage's ghosts. */
  colIndex?: number;
  colSpan?: number;
}

/**
 * The column layout every lane shares, computed once per (journey, width) by `computeColumns`.
 * All lanes draw their cells from these numbers, so they line up to the pixel.
 */
export interface ColumnLayout {
  /**
   * Width available to the columns (px), i.e. the measured width minus `headerWidth`. A map keeps
   * handing out its layout while no column moves, so there it is the width when the columns were
   * last placed.
   */
  availableWidth: number;
  /** Width of the sticky lane-header column on the inline-start side. */
  headerWidth: number;
  /** Width of one step column (never below the minimum readable width). */
  columnWidth: number;
  /** Total width of all columns; larger than `availableWidth` means horizontal scrolling. */
  contentWidth: number;
  columns: ColumnBox[];
  stages: StageBox[];
  /** A map compared with another document: the removed columns, narrow, in their places (ghost-columns.ts). */
  ghosts?: GhostBox[];
  /** The headers of removed stages, over their ghost columns. */
  ghostStages?: GhostStageBox[];
}
