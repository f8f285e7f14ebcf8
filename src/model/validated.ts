import type { Locale } from '../i18n/locale.js';
import type { ValidationResult } from './types.js';
import { validateJourney } from './validate.js';
// The elements validate in all three languages; only `validateJourney` alone leaves Russian and
// Romanian to the app (src/i18n/messages.ts).
import '../locales/ru.js';
import '../locales/ro.js';

/**
 * Validation results by document object and locale. An edit validates the document it makes, and the
 * map it sets that document on validates it again before drawing: the second time is a look-up. Safe
 * for the same reason the elements' own caches are: documents are never modified in place.
 */
const results = new WeakMap<object, Map<Locale, ValidationResult>>();

/** `validateJourney(input, { locale })`, computed once per object and locale. */
export function validateOnce(input: unknown, locale: Locale): ValidationResult {
  if (typeof input !== 'object' || input === null) return validateJourney(input, { locale });
  let byLocale = results.get(input);
  const known = byLocale?.get(locale);
  if (known) return known;
  const result = validateJourney(input, { locale });
  if (!byLocale) results.set(input, (byLocale = new Map()));
  byLocale.set(locale, result);
  return result;
}

/** Whether `validateOnce(input, locale)` would be a look-up. */
export function isValidated(input: object, locale: Locale): boolean {
  return results.get(input)?.has(locale) ?? false;
}

/** Keeps a result validated elsewhere (in slices: validate-sliced.ts) as `validateOnce`'s answer for `input`. */
export function rememberValidation(input: object, locale: Locale, result: ValidationResult): void {
  let byLocale = results.get(input);
  if (!byLocale) results.set(input, (byLocale = new Map()));
  byLocale.set(locale, result);
}
