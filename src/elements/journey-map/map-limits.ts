import { html, type TemplateResult } from 'lit';
import { mapString } from '../../i18n/map-strings.js';
import { formatNumber } from '../../i18n/number-format.js';
import type { NormalizedJourney } from '../../model/types.js';
import type { Translator } from '../../i18n/translator.js';

/**
 * Most step columns a map draws. The cost of a render grows with columns × lanes: on a 2-core machine
 * 2 000 columns of one lane settle in about 0.6 s, 1 000 columns of 12 lanes in about 3 s, and 100 000
 * columns would freeze the page for minutes (and be 17 million px wide, past what browsers lay out).
 * Beyond the limit the map shows its header and a notice instead of the grid (docs/security.md).
 */
export const MAX_MAP_COLUMNS = 2000;

/** The journey when the map can draw it; undefined when it has more columns than `MAX_MAP_COLUMNS`. */
export function drawable(journey: NormalizedJourney | undefined): NormalizedJourney | undefined {
  return journey && journey.steps.length <= MAX_MAP_COLUMNS ? journey : undefined;
}

/** The notice shown in place of a grid that is too large to draw. */
export function renderTooLarge(journey: NormalizedJourney, t: Translator): TemplateResult {
  const values = { count: formatNumber(journey.steps.length, t.intlLocale), max: formatNumber(MAX_MAP_COLUMNS, t.intlLocale) };
  return html`<div part="notice" class="notice" role="status">${mapString(t, 'status.tooLarge', values)}</div>`;
}
