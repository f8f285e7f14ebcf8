/** One step column of the map, in pixels relative to the start of the first column. */
export interface ColumnBox {
  index: number;
  stepId: string;
  stageId: string;
  x: number;
  width: number;
  /** x of the column's centre: where the emotion point of this step sits. */
  center: number;
}

/** The horizontal extent of a stage: the union of its step columns. */
export interface StageBox {
  stageId: string;
  index: number;
  x: number;
  width: number;
  firstStep: number;
  stepCount: number;
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
}
