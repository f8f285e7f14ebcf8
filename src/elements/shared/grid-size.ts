import type { ColumnLayout } from '../../layout/types.js';

/**
 * Inline styles of a grid holding lane rows (the map's, a standalone lane's): its width, and the width
 * of every step cell as an inherited custom property that the cells' CSS reads (stage-lane.styles.ts),
 * so a layout costs one style write per grid rather than one per cell.
 */
export function gridSize(layout: ColumnLayout): { inlineSize: string; '--_journey-column-width': string; '--_journey-header-width': string } {
  return {
    inlineSize: `${layout.headerWidth + layout.contentWidth}px`,
    '--_journey-column-width': `${layout.columnWidth}px`,
    // The lane-name column as laid out (a narrow map grows it to its longest word: layout/narrow.ts).
    '--_journey-header-width': `${layout.headerWidth}px`,
  };
}
