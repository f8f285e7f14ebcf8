import type { ColumnBox, ColumnLayout } from './types.js';

/**
 * The geometry of a map's drawn window (what `ColumnWindowController` draws first): which step
 * columns and which lanes are in view. Pure: the controller reads the DOM and passes numbers in.
 */

/** The columns at least partly inside `width` px of the lane area, from `offset` px scrolled sideways. */
export function columnsInView(layout: ColumnLayout, offset: number, width: number): ColumnBox[] {
  const to = offset + Math.max(width - layout.headerWidth, layout.columnWidth);
  return layout.columns.filter((column) => column.x + column.width > offset && column.x < to);
}

/** A vertical band in viewport px: `from` inclusive, `to` exclusive. */
export interface Band {
  from: number;
  to: number;
}

/**
 * The part of a vertical scroller on screen, from its viewport `top` and inner `height` in a window
 * `windowHeight` px high; a scroller below the fold gets its first window-full, what a reader sees
 * first on reaching it.
 */
export function bandOnScreen(top: number, height: number, windowHeight: number): Band {
  if (top >= windowHeight) return { from: top, to: top + Math.min(height, windowHeight) };
  return { from: Math.max(top, 0), to: Math.min(top + height, windowHeight) };
}

/** A lane as laid out now: its key and viewport box, and whether its cells are drawn. */
export interface LaneBox {
  key: string;
  top: number;
  bottom: number;
  drawn: boolean;
}

/**
 * The keys of the lanes not drawn yet that will be in `band` once drawn, in order. A lane not drawn
 * is short (a header and empty cells): it is counted as tall as the shortest drawn lane above it, so
 * the lanes that drawing it pushes out of view are mostly not picked for nothing. `lanes` in order.
 */
export function lanesToDraw(lanes: readonly LaneBox[], band: Band): string[] {
  const picked: string[] = [];
  let shortest = Infinity;
  // How much further down the lanes will be once the lanes picked above them are drawn.
  let shift = 0;
  for (const lane of lanes) {
    if (lane.top + shift >= band.to) break;
    const height = lane.bottom - lane.top;
    if (lane.drawn) {
      if (height > 0) shortest = Math.min(shortest, height);
      continue;
    }
    if (lane.bottom + shift <= band.from) continue;
    picked.push(lane.key);
    if (shortest < Infinity) shift += Math.max(0, shortest - height);
  }
  return picked;
}
