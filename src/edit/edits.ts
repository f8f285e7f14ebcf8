/**
 * Edits of a journey document as pure functions: each answers the new document and the JSON Patch
 * from the old one, or refuses with a localized message when the result would be invalid. The input
 * is never mutated; unknown fields are carried through; unchanged branches are shared.
 */
import { editString, type EditStringKey } from '../i18n/edit-strings.js';
import { toLocale, type Locale, type StringOverrides } from '../i18n/locale.js';
import type { JourneyDocument, JourneyProblem } from '../model/types.js';
import { validateOnce } from '../model/validated.js';
import { applyJourneyPatch, formatPointer, parsePointer, type JsonPatch } from './json-patch.js';
import { locateColumn } from './locate.js';
import { translator } from '../i18n/translator.js';

export type EditResult =
  | { ok: true; journey: JourneyDocument; patch: JsonPatch; /** Id of a step or stage the edit created. */ id?: string }
  | { ok: false; message: string; problems: JourneyProblem[] };

export interface EditOptions {
  /** Language of refusal messages ('en', 'ru', 'ro'). */
  locale?: string;
  strings?: StringOverrides;
}

export function localeOf(options: EditOptions): Locale {
  return toLocale(options.locale);
}

export function refuse(key: EditStringKey, options: EditOptions, path = '', values?: Record<string, string | number>): EditResult {
  const message = editString(translator(localeOf(options), options.strings), key, values);
  return { ok: false, message, problems: [{ path, code: 'refused-edit', message, severity: 'error' }] };
}

/** Warnings an edit may not add: they would leave a document that reads wrong (a broken flow, a dropped link). */
const REFUSED_WARNINGS = new Set(['unknown-next', 'unsafe-url']);

/**
 * Applies `patch` and validates the result: an edit that leaves the document with errors is refused
 * with the first of them.
 */
export function commit(doc: JourneyDocument, patch: JsonPatch, options: EditOptions, id?: string): EditResult {
  const locale = localeOf(options);
  const applied = applyJourneyPatch(doc, patch, { locale });
  if (!applied.ok) {
    const problems = applied.problems.map((p): JourneyProblem => ({ path: p.path, code: p.code, message: p.message, severity: 'error' }));
    return { ok: false, message: problems[0].message, problems };
  }
  const checked = validateOnce(applied.doc, locale);
  if (!checked.ok) return { ok: false, message: checked.errors[0]?.message ?? '', problems: checked.errors };
  // A `next` naming a missing step, or a link that is not https/http, is only a warning for documents,
  // but an edit must not leave one behind (removing a step another step leads to, typing a
  // `javascript:` link): refused unless the document already had as many.
  const introduced = (problems: readonly JourneyProblem[]) => problems.filter((problem) => REFUSED_WARNINGS.has(problem.code));
  const added = introduced(checked.warnings);
  if (added.length > 0) {
    const before = introduced(validateOnce(doc, locale).warnings);
    const count = (code: string, list: readonly JourneyProblem[]) => list.filter((problem) => problem.code === code).length;
    const worse = added.find((problem) => count(problem.code, added) > count(problem.code, before));
    if (worse) return { ok: false, message: worse.message, problems: added.filter((problem) => problem.code === worse.code) };
  }
  return id === undefined ? { ok: true, journey: applied.doc, patch } : { ok: true, journey: applied.doc, patch, id };
}

function valueAt(doc: unknown, tokens: readonly string[]): { found: boolean; value?: unknown } {
  let value: unknown = doc;
  for (const token of tokens) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, token)) return { found: false };
    value = (value as Record<string, unknown>)[token];
  }
  return { found: true, value };
}

const OPTIONAL_TEXT = new Set(['/goal', '/description']);

/**
 * Sets the text at `pointer` (the title, goal, a stage or step title, a list item, an item's `text`).
 * An empty title or item is refused; an empty goal or description removes the field.
 */
export function setText(doc: JourneyDocument, pointer: string, text: string, options: EditOptions = {}): EditResult {
  const tokens = parsePointer(pointer);
  if (!tokens || !tokens.length) return refuse('edit.notFound', options, pointer);
  const { found, value } = valueAt(doc, tokens);
  if (found && value === text) return { ok: true, journey: doc, patch: [] };
  if (!text.trim()) {
    if (OPTIONAL_TEXT.has(pointer) || /\/description$/.test(pointer)) {
      return found ? commit(doc, [{ op: 'remove', path: pointer }], options) : { ok: true, journey: doc, patch: [] };
    }
    return refuse(tokens[tokens.length - 1] === 'title' ? 'edit.emptyTitle' : 'edit.emptyText', options, pointer);
  }
  return commit(doc, [{ op: found ? 'replace' : 'add', path: pointer, value: text }], options);
}

/** Sets (or, with undefined, removes) a typed field of a column: `owner`, `evidence`, `momentOfTruth`, … */
export function setColumnField(doc: JourneyDocument, columnId: string, field: string, value: unknown, options: EditOptions = {}): EditResult {
  const place = locateColumn(doc, columnId);
  if (!place) return refuse('edit.notFound', options);
  const path = formatPointer([...place.tokens, field]);
  const exists = Object.prototype.hasOwnProperty.call(place.column, field);
  if (value === undefined || value === '') return exists ? commit(doc, [{ op: 'remove', path }], options) : { ok: true, journey: doc, patch: [] };
  return commit(doc, [{ op: exists ? 'replace' : 'add', path, value }], options);
}

function itemEmpty(item: unknown): boolean {
  if (typeof item === 'string') return !item.trim();
  if (typeof item === 'object' && item !== null && 'text' in item) {
    const text = (item as { text: unknown }).text;
    return typeof text === 'string' && !text.trim() && !('channel' in item);
  }
  return false;
}

/** The list of a column's lane `field` (actions, painPoints, …); a missing field is an empty list. */
export function itemsOf(doc: JourneyDocument, columnId: string, field: string): unknown[] | undefined {
  const place = locateColumn(doc, columnId);
  if (!place) return undefined;
  const value = place.column[field];
  return Array.isArray(value) ? value : [];
}

/** Adds `item` to a column's list `field` at `index` (default: the end), creating the list if needed. */
export function addItem(doc: JourneyDocument, columnId: string, field: string, item: unknown, index?: number, options: EditOptions = {}): EditResult {
  const place = locateColumn(doc, columnId);
  if (!place) return refuse('edit.notFound', options);
  if (itemEmpty(item)) return refuse('edit.emptyText', options);
  const list = place.column[field];
  if (!Array.isArray(list)) {
    return commit(doc, [{ op: 'add', path: formatPointer([...place.tokens, field]), value: [item] }], options);
  }
  const at = index === undefined || index >= list.length ? '-' : Math.max(0, index);
  return commit(doc, [{ op: 'add', path: formatPointer([...place.tokens, field, at]), value: item }], options);
}

/** Removes item `index` of a column's list `field`; the last item removes the field. */
export function removeItem(doc: JourneyDocument, columnId: string, field: string, index: number, options: EditOptions = {}): EditResult {
  const place = locateColumn(doc, columnId);
  const list = place?.column[field];
  if (!place || !Array.isArray(list) || index < 0 || index >= list.length) return refuse('edit.notFound', options);
  const path = list.length === 1 ? formatPointer([...place.tokens, field]) : formatPointer([...place.tokens, field, index]);
  return commit(doc, [{ op: 'remove', path }], options);
}

/** Moves item `from` of a column's list `field` to position `to`. */
export function moveItem(doc: JourneyDocument, columnId: string, field: string, from: number, to: number, options: EditOptions = {}): EditResult {
  const place = locateColumn(doc, columnId);
  const list = place?.column[field];
  if (!place || !Array.isArray(list) || from < 0 || from >= list.length) return refuse('edit.notFound', options);
  if (to < 0 || to >= list.length) return refuse('edit.cannotMove', options);
  if (to === from) return { ok: true, journey: doc, patch: [] };
  const base = [...place.tokens, field];
  return commit(doc, [{ op: 'move', from: formatPointer([...base, from]), path: formatPointer([...base, to]) }], options);
}

/**
 * Sets a field of item `index` in a column's list `field` (a pain point's severity, an opportunity's
 * impact, a metric's target…); undefined or '' removes it.
 */
export function setItemField(doc: JourneyDocument, columnId: string, field: string, index: number, key: string, value: unknown, options: EditOptions = {}): EditResult {
  const place = locateColumn(doc, columnId);
  const list = place?.column[field];
  const item: unknown = Array.isArray(list) ? list[index] : undefined;
  if (!place || typeof item !== 'object' || item === null) return refuse('edit.notFound', options);
  const path = formatPointer([...place.tokens, field, index, key]);
  const exists = Object.prototype.hasOwnProperty.call(item, key);
  if (value === undefined || value === '') return exists ? commit(doc, [{ op: 'remove', path }], options) : { ok: true, journey: doc, patch: [] };
  if (key === 'text' && typeof value === 'string' && !value.trim()) return refuse('edit.emptyText', options, path);
  return commit(doc, [{ op: exists ? 'replace' : 'add', path, value }], options);
}
