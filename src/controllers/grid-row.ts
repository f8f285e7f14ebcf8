/**
 * What `<journey-map>` needs from every lane element it hosts (its own default `<stage-lane>`s, and
 * `<stage-lane>` / `<emotion-curve>` children the author composes), to run one WAI-ARIA grid across
 * shadow roots: the map owns the keyboard model and the roving tab stop; lanes own their cells.
 */
export interface GridRow extends HTMLElement {
  /** Stable key of the lane (its kind, or `text:<field>`), as in the journey's `lanes`. */
  readonly laneKey: string;
  /**
   * The row's focusable cells in visual order: the row header first, then one cell per step column
   * (empty when the lane is collapsed). Cells carry role="rowheader"/"gridcell" and tabindex="-1".
   */
  gridCells(): HTMLElement[];
  /** Sets aria-rowindex on the row (1-based, as the map counts rows). */
  setRowIndex(rowIndex: number): void;
  /** More of what choosing `cell` selects (the flow lane: the transition focused in it, `toStepId`). */
  selectionDetail?(cell: HTMLElement): { toStepId?: string } | undefined;
}

export function isGridRow(element: Element): element is GridRow {
  return typeof (element as Partial<GridRow>).gridCells === 'function';
}
