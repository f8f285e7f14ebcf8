import type { ColumnLayout } from '../../layout/types.js';

/**
 * Inline styles of a grid holding lane rows (the map's, a standalone lane's): its width, and the width
 * of every step cell as an inherited custom property that the cells' CSS reads (stage-lane.styles.ts),
 * so a layout costs one style write per grid rather than one per cell.
 */
export function gridSize(layout: ColumnLayout): Record<string, string> {
  const size = {
    inlineSize: `${layout.headerWidth + layout.contentWidth}px`,
    '--_journey-column-width': `${layout.columnWidth}px`,
    // Where sticky stage titles stop: right after the lane names, as wide as the layout made them.
    '--_journey-header-width': `${layout.headerWidth}px`,
  };
  // A narrow grid's lane names sit in 96 px: a smaller size keeps most names whole.
  return layout.narrow ? { ...size, '--_journey-lane-name-size': '0.75em' } : size;
}

/** Inline styles of a grid's scroller: scroll padding past the sticky lane names, column snapping when narrow. */
export function scrollerStyle(layout: ColumnLayout): { scrollPaddingInlineStart: string; scrollSnapType?: string } {
  const padding = { scrollPaddingInlineStart: `${layout.headerWidth}px` };
  return layout.narrow ? { ...padding, scrollSnapType: 'x mandatory' } : padding;
}
