/**
 * What the validator says, in English: a message per problem code, the names of JSON types, and how
 * a problem names the item it is about; and the other languages, once they are loaded.
 *
 * Russian and Romanian live in `src/locales/ru.ts` and `ro.ts` (`journey-elements/locales/ru.js`),
 * which add themselves when imported. Every element, the importers, `lintJourney` and
 * `journeyToCSV` import both; an app that only validates imports the ones it shows, so that it does
 * not carry three languages (docs/performance.md, An app pays only for what it imports). A language
 * asked for and not loaded gives English, and the console says once which import is missing.
 * Placeholders in braces are filled by `format`; values come from the document and stay plain text.
 */
import { format, type Locale } from './locale.js';

/** The validator's problem codes (and `parseLanesAttribute`'s). */
export type ValidationCode =
  | 'json-parse'
  | 'not-an-object'
  | 'schema-version'
  | 'missing-field'
  | 'wrong-type'
  | 'not-finite'
  | 'invalid-value'
  | 'empty-stages'
  | 'empty-id'
  | 'reserved-id'
  | 'duplicate-id'
  | 'unknown-step'
  | 'unknown-persona'
  | 'unknown-metric'
  | 'unknown-channel'
  | 'unknown-lane-kind'
  | 'invalid-range'
  | 'emotion-out-of-scale'
  | 'severity-out-of-range'
  | 'label-off-scale'
  | 'invalid-date'
  | 'invalid-duration'
  | 'history-order'
  | 'history-duplicate'
  | 'unsafe-url'
  | 'duplicate-lane'
  | 'stage-fields-ignored'
  | 'unknown-next'
  | 'did-you-mean'
  | 'share-out-of-range'
  | 'invalid-count'
  | 'shares-above-one'
  | 'self-loop'
  | 'unreachable-step'
  | 'forbidden-key'
  | 'unreadable'
  | 'cycle'
  | 'too-deep'
  | 'too-large'
  | 'too-many-problems';

/** The importers' own problem codes; their messages are in import-messages.ts. */
export type ImportCode =
  | 'mermaid-header'
  | 'mermaid-syntax'
  | 'mermaid-score'
  | 'mermaid-score-range'
  | 'unclosed-block'
  | 'csv-unclosed-quote'
  | 'csv-layout'
  | 'csv-unknown-lane'
  | 'csv-value'
  | 'csv-metric-detail';

export type ProblemCode = ValidationCode | ImportCode;

/** Names of the JSON types a field may be expected to have, or was found to have. */
export type TypeName =
  | 'string'
  | 'number'
  | 'boolean'
  | 'object'
  | 'array'
  | 'null'
  | 'string-list'
  | 'string-or-number'
  | 'emotion'
  | 'next-item'
  | 'other';

/** How a problem names its item ("stage “Book”"): `{name}` is the item's title, name, label or id. */
export type PlaceKey =
  | 'place.stage'
  | 'place.step'
  | 'place.persona'
  | 'place.channel'
  | 'place.metric'
  | 'place.lane'
  | 'place.painPoint'
  | 'place.opportunity'
  | 'place.touchpoint'
  | 'place.insight'
  | 'place.customer'
  | 'place.lanesAttribute';

/** One language of the validator. */
export interface ProblemLanguage {
  readonly messages: Readonly<Record<ValidationCode, string>>;
  /** Type names where a message expects a type (`{expected}`). */
  readonly types: Readonly<Record<TypeName, string>>;
  /** Type names where a message says what was found (`{found}`), when the grammar needs another form (Russian's nominative); else `types`. */
  readonly found?: Readonly<Record<TypeName, string>>;
  readonly places: Readonly<Record<PlaceKey, string>>;
}

export const enProblems: ProblemLanguage = {
  messages: {
    'json-parse': 'The text is not valid JSON: check line {line}, column {column}.',
    'not-an-object': 'A journey must be a JSON object with schemaVersion, title and stages, but this is {found}.',
    'schema-version': 'schemaVersion must be 1, the format version this library reads; found {value}.',
    'missing-field': 'The required field “{field}” is missing.',
    'wrong-type': '“{field}” must be {expected}, but it is {found}.',
    'not-finite': '“{field}” must be a finite number, but it is {value}.',
    'invalid-value': '“{field}” must be one of {allowed}, but it is “{value}”.',
    'empty-stages': 'The journey needs at least one stage.',
    'empty-id': 'An id must not be empty.',
    'reserved-id': '“{id}” cannot be used as an id.',
    'duplicate-id': 'The id “{id}” is used more than once; every id must be unique.',
    'unknown-step': 'There is no step (or stage without steps) with the id “{id}”.',
    'unknown-persona': 'There is no persona with the id “{id}”.',
    'unknown-metric': 'There is no metric with the id “{id}”; add it to the “metrics” list.',
    'unknown-channel': 'No channel in “channels” has the id “{id}”; the id is shown as its name.',
    'unknown-lane-kind': '“{kind}” is not a lane kind; use one of {allowed}.',
    'invalid-range': 'The minimum ({min}) must be less than the maximum ({max}).',
    'emotion-out-of-scale': 'Emotion {value} is outside the scale {min} to {max}; it is shown as {shown}.',
    'severity-out-of-range': 'Severity {value} is outside 1 to 5; it is shown as {shown}.',
    'label-off-scale': 'The label key “{key}” is not a value on the scale {min} to {max}.',
    'invalid-date': '“{value}” is not a valid date (for example 2026-03-01 or 2026-03-01T10:00:00Z); it is ignored.',
    'invalid-duration': '“{value}” is not an ISO 8601 duration (for example P6M for six months, P1Y, P14D); it is ignored.',
    'history-order':
      'The measurement of {at} is listed after a later one ({previous}); history is read oldest first, so it is sorted.',
    'history-duplicate': 'There is already a measurement on {at}; the repeat is ignored.',
    'unsafe-url': 'The address “{value}” is not allowed (only https:, http: or an image data: URL); it is ignored.',
    'duplicate-lane': 'The lane “{key}” is listed more than once; the repeat is ignored.',
    'stage-fields-ignored': 'Stage “{id}” has steps, so its own “{field}” is not shown; move it into a step.',
    'unknown-next': 'No step (or stage without steps) has the id “{id}”; this transition is not drawn.',
    'did-you-mean': 'Did you mean “{id}”?',
    'share-out-of-range': 'Share {value} is outside 0 to 1; it is shown as {shown}.',
    'invalid-count': 'The count {value} must be a whole number of 0 or more; it is ignored.',
    'shares-above-one': 'The shares leaving “{id}” add up to {sum}, more than 1; the flow draws them scaled to 1.',
    'self-loop': '“{id}” lists itself in “next”; a step cannot follow itself, so this transition is not drawn.',
    'unreachable-step': 'No path of “next” leads from the first step to “{id}”.',
    'forbidden-key': 'The key “{key}” is not allowed and was removed.',
    'unreadable': 'This value could not be read (a getter or proxy failed).',
    'cycle': 'This value contains itself (a circular reference).',
    'too-deep': 'Data nested more than {max} levels deep was removed.',
    'too-large': 'This value is too large to read (more than {max} items).',
    'too-many-problems': 'More problems were found but are not listed: {count}.',
  },
  types: {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
    null: 'null',
    'string-list': 'a list of texts',
    'string-or-number': 'text or a number',
    emotion: 'a number or an object of numbers per persona',
    'next-item': 'a step id or an object with “step”',
    other: 'an unsupported value',
  },
  places: {
    'place.stage': 'stage “{name}”',
    'place.step': 'step “{name}”',
    'place.persona': 'persona “{name}”',
    'place.channel': 'channel “{name}”',
    'place.metric': 'metric “{name}”',
    'place.lane': 'lane “{name}”',
    'place.painPoint': 'pain point “{name}”',
    'place.opportunity': 'opportunity “{name}”',
    'place.touchpoint': 'touchpoint “{name}”',
    'place.insight': 'evidence “{name}”',
    'place.customer': 'customer “{name}”',
    'place.lanesAttribute': 'the {name} attribute',
  },
};

const languages: Partial<Record<Locale, ProblemLanguage>> = { en: enProblems };
const reported = new Set<Locale>();

/** Makes `language` the validator's words for `locale` (what `journey-elements/locales/*.js` do when imported). */
export function addProblemLanguage(locale: Locale, language: ProblemLanguage): void {
  languages[locale] = language;
}

/** The words for `locale`: English when that language is not loaded, said once on the console (never thrown). */
export function problemLanguage(locale: Locale): ProblemLanguage {
  const language = languages[locale];
  if (language) return language;
  if (!reported.has(locale)) {
    reported.add(locale);
    try {
      console.warn(`journey-elements: problem messages in English, as "${locale}" is not loaded: import 'journey-elements/locales/${locale}.js'`);
    } catch {
      // A page without a console still gets its English messages.
    }
  }
  return enProblems;
}

/**
 * The localized message for a problem. `expected` and `found` values that name a type (`string`,
 * `array`, …) are translated; every other value is inserted as plain text.
 */
export function problemMessage(code: ValidationCode, locale: Locale, values: Record<string, string | number> = {}): string {
  const language = problemLanguage(locale);
  const shown: Record<string, string | number> = { ...values };
  for (const name of ['expected', 'found'] as const) {
    const value = values[name];
    if (typeof value === 'string' && Object.prototype.hasOwnProperty.call(enProblems.types, value)) {
      shown[name] = ((name === 'found' && language.found) || language.types)[value as TypeName];
    }
  }
  return format(language.messages[code] ?? enProblems.messages[code] ?? code, shown);
}

/** How a problem names its item, in `locale`, with `{name}` filled in as plain text. */
export function placeString(locale: Locale, key: PlaceKey, values: Record<string, string | number>): string {
  return format(problemLanguage(locale).places[key], values);
}
