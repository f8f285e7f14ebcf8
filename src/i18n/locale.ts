/** The languages the library ships strings for. */
export type Locale = 'en' | 'ru' | 'ro';

export const LOCALES: readonly Locale[] = ['en', 'ru', 'ro'];

/** A host's replacements for any UI string, by key (e.g. `{ 'lane.actions': 'Tasks' }`). */
export type StringOverrides = Readonly<Record<string, string>>;

/** Maps any BCP 47 tag to a shipped locale: "ru-RU" → "ru", "ro-MD" → "ro", anything else → "en". */
export function toLocale(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'en';
}

/**
 * The locale tag an element should use: its own `locale` attribute, else the nearest `lang` ancestor
 * (crossing shadow roots), else the browser's language.
 */
export function resolveLocaleTag(element: Element, explicit?: string | null): string {
  if (explicit) return explicit;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang') && node.getAttribute('lang')) {
      return node.getAttribute('lang')!;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en';
}

/** Templates split at their placeholders: text, name, text, name, …, text (bounded: hosts may pass their own). */
const parsedTemplates = new Map<string, string[]>();

/**
 * Replaces `{name}` placeholders with values; values are plain text. Each template is split once
 * (a regular expression with a callback per message cost lint a fifth of its time).
 */
export function format(template: string, values: Record<string, string | number> = {}): string {
  let parts = parsedTemplates.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    if (parsedTemplates.size >= 500) parsedTemplates.clear();
    parsedTemplates.set(template, parts);
  }
  let out = parts[0];
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index];
    out += (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : `{${name}}`) + parts[index + 1];
  }
  return out;
}

/**
 * Looks a string up: the host's override, else the dictionary for the locale, else English.
 * Dictionaries are plain records keyed like `lane.actions`.
 */
import type { Translator } from './translator.js';

export function lookup<K extends string>(
  dictionaries: Record<Locale, Record<K, string>>,
  { locale, strings: overrides }: Translator,
  key: K,
): string {
  const override = overrides && Object.prototype.hasOwnProperty.call(overrides, key) ? overrides[key] : undefined;
  return typeof override === 'string' ? override : dictionaries[locale][key] ?? dictionaries.en[key];
}

/** The opening and closing quotation marks of a language (the document's), for a quote drawn without `<q>`. */
export function quoteMarks(lang: unknown): [string, string] {
  const base = (typeof lang === 'string' ? lang : '').toLowerCase().split('-')[0];
  if (base === 'ru' || base === 'uk' || base === 'be' || base === 'fr') return ['«', '»'];
  if (base === 'ro' || base === 'pl' || base === 'bg' || base === 'hu') return ['„', '”'];
  if (base === 'de' || base === 'cs' || base === 'sk') return ['„', '“'];
  return ['“', '”'];
}
