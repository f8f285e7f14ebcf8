import { DEFAULT_HEADER_WIDTH, DEFAULT_MIN_COLUMN_WIDTH, type ColumnOptions } from './columns.js';

/**
 * Below this width (px) a map is "narrow" (a phone, a side panel): the lane names get a narrow column
 * and one step column takes the rest, so a reader sees one whole step at a time and swipes from step
 * to step. The map's styles switch at the same width with a container query on its scroller.
 */
export const NARROW_MAP_WIDTH = 640;

/** Widest lane-name column of a narrow map (px): names wrap inside it. */
export const NARROW_HEADER_WIDTH = 96;

/**
 * The column options for a map whose scroller is `width` px wide: unchanged from `NARROW_MAP_WIDTH`
 * up (and before anything is measured); below it, the lane-name column at most `NARROW_HEADER_WIDTH`,
 * and, unless every step fits at the minimum column width, a minimum as wide as the rest, so one step
 * column fills the view.
 */
export function narrowColumnOptions(stepCount: number, width: number, options: ColumnOptions): ColumnOptions {
  if (!(width > 0) || width >= NARROW_MAP_WIDTH) return options;
  const headerWidth = Math.min(options.headerWidth ?? DEFAULT_HEADER_WIDTH, NARROW_HEADER_WIDTH);
  const available = Math.floor(width) - headerWidth;
  const minColumnWidth = options.minColumnWidth ?? DEFAULT_MIN_COLUMN_WIDTH;
  if (stepCount * minColumnWidth <= available) return { ...options, headerWidth };
  return { ...options, headerWidth, minColumnWidth: Math.max(1, available) };
}
