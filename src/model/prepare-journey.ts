import type { Locale } from '../i18n/locale.js';
import { normalizeJourney } from './normalize.js';
import type { NormalizedJourney, ValidationResult } from './types.js';
import { validateOnce } from './validated.js';
import { ImportedText } from '../import/imported-text.js';

/**
 * `input` when it is text an importer reads, else undefined. `instanceof` itself throws on a revoked
 * proxy; such an input is left to the validator, which reports it as unreadable.
 */
function importedText(input: unknown): ImportedText | undefined {
  try {
    return input instanceof ImportedText ? input : undefined;
  } catch {
    return undefined;
  }
}

/** A document after validation (messages in `locale`) and, when it has no errors, normalization. */
export interface PreparedJourney {
  input: unknown;
  locale: Locale;
  result: ValidationResult;
  journey?: NormalizedJourney;
}

/**
 * Validates and normalizes `input` (a document, JSON text, or text an importer reads first), reusing `previous` when it was made from the same object in the
 * same locale, so a host re-rendering with the same document costs nothing. Never throws: an
 * unexpected failure becomes an error the element shows.
 */
export function prepareJourney(input: unknown, locale: Locale, previous?: PreparedJourney): PreparedJourney {
  if (previous && previous.input === input && previous.locale === locale) return previous;
  try {
    const text = importedText(input);
    const imported = text ? text.read(text.text, { locale }) : undefined;
    if (imported && !imported.journey) {
      return { input, locale, result: { ok: false, errors: imported.errors, warnings: imported.warnings } };
    }
    // validateOnce's answer is shared (an edit made it, or another element): never modified here.
    const validated = validateOnce(imported ? imported.journey : input, locale);
    const result = imported?.warnings.length ? { ...validated, warnings: [...imported.warnings, ...validated.warnings] } : validated;
    const journey = result.ok && result.journey ? normalizeJourney(result.journey) : undefined;
    return { input, locale, result, journey };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      input,
      locale,
      result: { ok: false, errors: [{ path: '', code: 'internal', message, severity: 'error' }], warnings: [] },
    };
  }
}
