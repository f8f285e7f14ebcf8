/**
 * A journey document as the map's CSV, without a map or a DOM (node, CI): the same rows
 * `<journey-map>.exportCSV()` writes, in a language, so `journeyFromCSV` reads it back. Never throws.
 */
import { toLocale, type StringOverrides } from '../i18n/locale.js';
import { csvLabels } from '../layout/csv-labels.js';
import { journeyCSV, type CsvOptions } from '../layout/export-csv.js';
import { normalizeJourney } from '../model/normalize.js';
import type { JourneyProblem } from '../model/types.js';
import { validateJourney } from '../model/validate.js';
// Its problems speak its `locale`, as the other importers' do.
import '../locales/ru.js';
import '../locales/ro.js';

export interface ToCSVOptions extends CsvOptions {
  /** Language of the header row, the lane names, the cells' words and the problem messages: 'en' (default), 'ru', 'ro'; a region ("ro-MD") formats numbers. */
  locale?: string;
  /** Write only this persona's emotions, as a map filtered to the persona does. */
  persona?: string;
  /** Replacements of UI strings by key, as on the elements. */
  strings?: StringOverrides;
}

export interface ToCSVResult {
  /** False when the document has errors: `csv` is then ''. */
  ok: boolean;
  csv: string;
  errors: JourneyProblem[];
  warnings: JourneyProblem[];
}

/** A BCP 47 tag Intl accepts: the one given, else the language. */
function intlTag(tag: string | undefined, fallback: string): string {
  try {
    return tag ? (Intl.getCanonicalLocales(tag)[0] ?? fallback) : fallback;
  } catch {
    return fallback;
  }
}

/**
 * The CSV of a journey document (RFC 4180, CRLF, a UTF-8 byte order mark unless `{ bom: false }`):
 * a header row, then one row per lane and step with stage, step, lane, text and the lane's key,
 * exactly as the map's `exportCSV()` in that language. The document is validated first; with
 * errors the result is not ok and the CSV is ''.
 */
export function journeyToCSV(doc: unknown, options: ToCSVOptions = {}): ToCSVResult {
  const locale = toLocale(options.locale);
  try {
    const result = validateJourney(doc, { locale });
    if (!result.ok || !result.journey) return { ok: false, csv: '', errors: result.errors, warnings: result.warnings };
    const journey = normalizeJourney(result.journey);
    const persona = options.persona && journey.personas.some((entry) => entry.id === options.persona) ? options.persona : undefined;
    const ctx = { journey, locale, intlLocale: intlTag(options.locale, locale), strings: options.strings, persona };
    const csv = journeyCSV(ctx, csvLabels(ctx), { bom: options.bom });
    return { ok: true, csv, errors: [], warnings: result.warnings };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, csv: '', errors: [{ path: '', code: 'internal', message, severity: 'error' }], warnings: [] };
  }
}
