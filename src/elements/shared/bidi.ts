import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dirOf } from './data-lang.js';

/**
 * The direction of the UI's own words: the UI language's (en, ru and ro read left to right), not the
 * page's. On a right-to-left page an English "80 days" or "Goal:" set in the page's direction reads
 * "days 80" and ":Goal"; with `dir` from the UI language each UI string is one run in its own order,
 * isolated from the data beside it, while the layout around it still follows the page.
 */
export function uiDir(locale: string): 'ltr' | 'rtl' {
  return dirOf(locale) ?? 'ltr';
}

/** Data text (from the document) as an isolated run in its language and direction (`dataLang`). */
export function dataText(text: unknown, lang: string | undefined): TemplateResult {
  return html`<bdi lang=${ifDefined(lang)} dir=${ifDefined(dirOf(lang))}>${text}</bdi>`;
}

/** A character no dictionary uses, standing for the data value inside a UI string. */
const SLOT = '\u{E000}';

/**
 * A UI string with one value from the document in it ("Owner: {owner}"): one run in the UI's
 * direction, the value isolated in its own language and direction. `say` formats the string with
 * the given text in the value's place.
 */
export function uiWithData(say: (value: string) => string, value: string, locale: string, lang: string | undefined): TemplateResult {
  const text = say(SLOT);
  const at = text.indexOf(SLOT);
  return at < 0
    ? html`<span dir=${uiDir(locale)}>${text}</span>`
    : html`<span dir=${uiDir(locale)}>${text.slice(0, at)}${dataText(value, lang)}${text.slice(at + SLOT.length)}</span>`;
}
