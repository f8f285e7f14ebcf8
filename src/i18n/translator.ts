import type { Locale, StringOverrides } from './locale.js';

/**
 * The language an element speaks, as one value: the shipped locale its UI strings come from, the
 * full tag Intl formats with (it keeps the region: "ro-MD"), and the host's string overrides. Every
 * string function takes one (`mapString(t, 'map.goal')`), so the three can no longer drift apart on
 * the way down. The map's settings context is one, so are the view objects the templates read
 * (they extend it); a standalone element makes its own from its `locale`, `lang` and `strings`.
 */
export interface Translator {
  /** The shipped locale UI strings come from. */
  readonly locale: Locale;
  /** The BCP 47 tag Intl formats numbers and dates with (may carry a region, e.g. "ro-RO"). */
  readonly intlLocale: string;
  /** The host's string overrides, by key (`{ 'map.goal': 'Aim' }`). */
  readonly strings?: StringOverrides;
}

/**
 * A translator; `previous` is returned as it is when it already speaks this language with these
 * overrides, so a context or a memo keyed on it changes only on a real change.
 */
export function translator(locale: Locale, strings?: StringOverrides, intlLocale: string = locale, previous?: Translator): Translator {
  if (previous && previous.locale === locale && previous.intlLocale === intlLocale && previous.strings === strings) return previous;
  return strings === undefined ? { locale, intlLocale } : { locale, intlLocale, strings };
}

/** English with no overrides: what a part speaks before its element knows its language. */
export const ENGLISH: Translator = translator('en');
