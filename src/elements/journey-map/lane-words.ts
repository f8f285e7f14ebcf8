import { laneTitle } from '../../i18n/lane-strings.js';
import type { NormalizedJourney } from '../../model/types.js';
import { NARROW_MAP_WIDTH } from '../../layout/narrow.js';
import type { Translator } from '../../i18n/translator.js';

/** The lane names' font step in a narrow map (lane-toggle.ts: `font-size: 0.8125em`, weight 600). */
const NARROW_NAME_SCALE = 0.8125;

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** The words a lane name can wrap between: at spaces, and after a hyphen ("Pre-sales"). */
export function nameWords(name: string): string[] {
  return name.split(/\s+/).flatMap((part) => part.split(/(?<=[-‐])/)).filter(Boolean);
}

/**
 * The width (px) of the longest single word of the map's lane names, as the narrow lane-name column
 * draws them (the host's font family and size at the narrow step, weight 600), measured on a canvas:
 * the column grows to it so that no UI word breaks inside (layout/narrow.ts `narrowHeaderWidth`).
 * 0 for a map `width` px wide that is not narrow, and where there is no canvas.
 */
export function longestLaneWord(host: Element, journey: NormalizedJourney | undefined, t: Translator, width: number): number {
  if (!journey || !(width < NARROW_MAP_WIDTH) || typeof document === 'undefined') return 0;
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return 0;
  const style = getComputedStyle(host);
  const font = `600 ${(parseFloat(style.fontSize) || 16) * NARROW_NAME_SCALE}px ${style.fontFamily || 'sans-serif'}`;
  let longest = 0;
  for (const lane of journey.lanes) {
    for (const word of nameWords(laneTitle(lane, t))) {
      const key = `${font}\u0000${word}`;
      let width = widths.get(key);
      if (width === undefined) {
        context.font = font;
        width = context.measureText(word).width;
        widths.set(key, width);
      }
      longest = Math.max(longest, width);
    }
  }
  return longest;
}
