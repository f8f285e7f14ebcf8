import type { NormalizedScale } from '../model/types.js';

/** The standalone chart's tick column: 96 px, wider for long scale words, at most 136 px. */
const AXIS = { min: 96, max: 136, padding: 16 };
/** About the width of a letter of the 0.75em tick labels (10.5 px), Cyrillic included. */
const CHAR_WIDTH = 6.3;

/**
 * The width of the tick column of a standalone `<emotion-curve>`: wide enough for the longest scale
 * word on one line ("Удовлетворённость" needs 124 px), so a 375 px chart neither clips it nor breaks
 * it inside the word; longer words wrap.
 */
export function axisWidth(scale: NormalizedScale): number {
  const longest = Math.max(0, ...Object.values(scale.labels).map((label) => (typeof label === 'string' ? Array.from(label.trim()).length : 0)));
  return Math.min(AXIS.max, Math.max(AXIS.min, Math.ceil(longest * CHAR_WIDTH + AXIS.padding)));
}
