import type { NormalizedJourney } from '../../model/types.js';

/**
 * The language of the document's own texts (its `locale`), for a `lang` attribute on every element
 * that shows them (WCAG 3.1.2: screen readers switch voice, browsers hyphenate and pick quotes by it).
 * Undefined when the document names none or names something that is not a language tag: the texts
 * then take the page's language, like the UI words.
 */
export function dataLang(journey: Pick<NormalizedJourney, 'locale'>): string | undefined {
  const tag = typeof journey.locale === 'string' ? journey.locale.trim() : '';
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : undefined;
}
