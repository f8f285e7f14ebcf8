import { laneTitle } from '../../i18n/lane-strings.js';
import type { NormalizedJourney } from '../../model/types.js';
import { NARROW_MAP_WIDTH } from '../../layout/narrow.js';
import type { Translator } from '../../i18n/translator.js';
import { fontOf, textMeasure } from '../shared/text-width.js';

/** The lane names' font step in a narrow map (lane-toggle.ts: `font-size: 0.8125em`, weight 600). */
const NARROW_NAME_SCALE = 0.8125;

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
  const measure = textMeasure(fontOf(host, NARROW_NAME_SCALE, 600));
  if (!measure) return 0;
  let longest = 0;
  for (const lane of journey.lanes) {
    for (const word of nameWords(laneTitle(lane, t))) longest = Math.max(longest, measure(word));
  }
  return longest;
}
