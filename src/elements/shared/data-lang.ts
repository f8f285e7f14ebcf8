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

/** Languages written right to left, for engines without `Intl.Locale` text info. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const directions = new Map<string, 'ltr' | 'rtl'>();

/**
 * The direction of text in language `tag` (a `dataLang`), for a `dir` beside its `lang`: Romanian
 * data on a Hebrew page is still left to right (its sentence's final period on the right), Hebrew data
 * on an English page right to left. From `Intl.Locale` text info where the engine has it (so
 * "az-Arab" is right to left), else by the language. Undefined without a tag: the page's direction.
 */
export function dirOf(tag: string | undefined): 'ltr' | 'rtl' | undefined {
  if (!tag) return undefined;
  let dir = directions.get(tag);
  if (!dir) {
    let fromIntl: string | undefined;
    try {
      const locale = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
      fromIntl = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
    } catch {
      fromIntl = undefined;
    }
    dir = fromIntl === 'rtl' || fromIntl === 'ltr' ? fromIntl : RTL_LANGUAGES.has(tag.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
    directions.set(tag, dir);
  }
  return dir;
}
