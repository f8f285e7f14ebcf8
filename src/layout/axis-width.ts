import type { NormalizedScale } from '../model/types.js';

/** The standalone chart's tick column: 96 px, wider for long scale words, at most 136 px. */
const AXIS = { min: 96, max: 136, padding: 16 };
/** About the width of a letter of the 0.75em tick labels (10.5 px), Cyrillic included. */
const CHAR_WIDTH = 6.3;
/** Room a tick label leaves in its column (`.tick`: 0.5rem at its end, its box 0.75rem narrower). */
export const TICK_INSET = 12;
/** A tick label that does not fit is drawn down to this fraction of its size, then shortened. */
const MIN_TICK_SCALE = 0.8;

/** A text's width (px) in the tick labels' font. */
export type Measure = (text: string) => number;

/** Where the element cannot measure: an estimate from the number of letters. */
export const estimateWidth: Measure = (text) => Array.from(text).length * CHAR_WIDTH;

const labelsOf = (scale: NormalizedScale): string[] =>
  Object.values(scale.labels)
    .filter((label): label is string => typeof label === 'string')
    .map((label) => label.trim());

/**
 * The width of the tick column of a standalone `<emotion-curve>`: wide enough for the longest scale
 * label on one line ("Удовлетворённость" needs 124 px by the estimate), so a 375 px chart neither
 * clips it nor breaks it inside the word; longer labels wrap at their spaces (`fitTick`).
 */
export function axisWidth(scale: NormalizedScale, measure: Measure = estimateWidth): number {
  const longest = Math.max(0, ...labelsOf(scale).map(measure));
  return Math.min(AXIS.max, Math.max(AXIS.min, Math.ceil(longest + AXIS.padding)));
}

/** How a scale label is drawn in the tick column: its text, its font scale, and its full text when shortened. */
export interface TickFit {
  text: string;
  scale: number;
  title?: string;
}

/** `word` cut to fit `room` px with "…" (at least one letter). */
function shorten(word: string, room: number, measure: Measure): string {
  const letters = Array.from(word);
  let count = letters.length - 1;
  while (count > 1 && measure(`${letters.slice(0, count).join('')}…`) > room) count--;
  return `${letters.slice(0, count).join('')}…`;
}

/**
 * Fits a scale label into a tick box `box` px wide without breaking a word inside: as it is when
 * its widest word fits (it wraps at its spaces), else drawn smaller (down to 0.8 of its size), else
 * each word too wide even then shortened with "…" and the whole label as `title`.
 */
export function fitTick(label: string, box: number, measure: Measure = estimateWidth): TickFit {
  const words = label.trim().split(/\s+/).filter(Boolean);
  const widest = Math.max(0, ...words.map(measure));
  if (widest <= box) return { text: label, scale: 1 };
  const scale = Math.floor((box / widest) * 100) / 100;
  if (scale >= MIN_TICK_SCALE) return { text: label, scale };
  const room = box / MIN_TICK_SCALE;
  const text = words.map((word) => (measure(word) <= room ? word : shorten(word, room, measure))).join(' ');
  return { text, scale: MIN_TICK_SCALE, title: label };
}

/** The fit of every label of `scale` in a tick column `width` px wide, by label. */
export function fitTicks(scale: NormalizedScale, width: number, measure: Measure = estimateWidth): ReadonlyMap<string, TickFit> {
  return new Map(labelsOf(scale).map((label) => [label, fitTick(label, width - TICK_INSET, measure)]));
}
