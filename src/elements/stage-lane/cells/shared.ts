import { html, type TemplateResult } from 'lit';
import { uiDir } from '../../shared/bidi.js';

export { nonEmpty, personaName, records, text, textList, type CellContext } from '../../../views/context.js';
import type { CellContext } from '../../../views/context.js';

/**
 * A UI word inside a cell (a label such as "Owner", a category name): marked with the UI language,
 * since the cell around it carries the document's, and never broken inside the word; and with the UI
 * language's direction, an isolated run ("Severity 4 of 5" stays in its order in a Hebrew cell).
 */
export function uiWord(ctx: CellContext, content: string, className = 'ui-word'): TemplateResult {
  return html`<span class=${className} lang=${ctx.locale} dir=${uiDir(ctx.locale)}>${content}</span>`;
}

/** Text that only assistive technology reads; the visible rendering says the same in shorter form. */
export function spoken(content: string): TemplateResult {
  return html`<span class="visually-hidden">${content}</span>`;
}
