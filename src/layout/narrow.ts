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
 * column fills the view. `longestWord` (px) grows the name column to the longest word of a lane name
 * (`narrowHeaderWidth`).
 */
export function narrowColumnOptions(stepCount: number, width: number, options: ColumnOptions, longestWord = 0): ColumnOptions {
  if (!(width > 0) || width >= NARROW_MAP_WIDTH) return options;
  const headerWidth = narrowHeaderWidth(width, longestWord, options.headerWidth ?? DEFAULT_HEADER_WIDTH);
  const available = Math.floor(width) - headerWidth;
  const minColumnWidth = options.minColumnWidth ?? DEFAULT_MIN_COLUMN_WIDTH;
  if (stepCount * minColumnWidth <= available) return { ...options, headerWidth };
  return { ...options, headerWidth, minColumnWidth: Math.max(1, available) };
}

/**
 * Room beside a lane name's words in the name column (px): the cell's padding and border, the collapse
 * chevron and its gap (lane-toggle.ts at the narrow font step), and 2 px for rounding.
 */
export const NARROW_HEADER_CHROME = 36;

/**
 * The most of a narrow map's width the lane-name column takes when a long word asks for more (105 px
 * at 375 px): the step column keeps the rest. A word still wider ends in "…" (lane-toggle.ts).
 */
export const NARROW_HEADER_SHARE = 0.28;

/**
 * The lane-name column of a narrow map `width` px wide whose longest single word of a lane name is
 * `longestWord` px (measured at the narrow font step): `NARROW_HEADER_WIDTH`, grown just enough that
 * no word is cut ("Oportunități" in headless Chromium, which does not hyphenate), at most
 * `NARROW_HEADER_SHARE` of the map and never wider than the page's own `headerWidth`.
 */
export function narrowHeaderWidth(width: number, longestWord: number, headerWidth = DEFAULT_HEADER_WIDTH): number {
  const base = Math.min(headerWidth, NARROW_HEADER_WIDTH);
  const needed = Number.isFinite(longestWord) && longestWord > 0 ? Math.ceil(longestWord) + NARROW_HEADER_CHROME : 0;
  return Math.max(base, Math.min(needed, headerWidth, Math.floor(width * NARROW_HEADER_SHARE)));
}
